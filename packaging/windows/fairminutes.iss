; Inno Setup script: a per-user install (no administrator rights) of the PyInstaller folder.
#define AppVersion GetEnv("FAIRMINUTES_VERSION")
[Setup]
AppName=FairMinutes
AppVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\FairMinutes
DefaultGroupName=FairMinutes
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=FairMinutes-setup
[Files]
Source: "..\..\dist\FairMinutes\*"; DestDir: "{app}"; Flags: recursesubdirs
[Icons]
Name: "{group}\FairMinutes"; Filename: "{app}\fairminutes-app.exe"
Name: "{userdesktop}\FairMinutes"; Filename: "{app}\fairminutes-app.exe"
