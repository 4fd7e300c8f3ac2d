; Inno Setup script: a per-user install (no administrator rights) of the PyInstaller folder.
#define AppVersion GetEnv("FAIRMINUTES_VERSION")
; Tesseract OCR (scans and photos of the minutes) travels inside that folder, as
; _internal\tesseract\ (packaging/fairminutes.spec carries UB Mannheim's build when the build
; machine has it). Without it the app cannot read a scan: say so, or stop with /DRequireTesseract.
#define Tesseract AddBackslash(SourcePath) + "..\..\dist\FairMinutes\_internal\tesseract\tesseract.exe"
#if !FileExists(Tesseract)
  #ifdef RequireTesseract
    #error Tesseract OCR is not in dist\FairMinutes: install UB Mannheim's Tesseract, build with pyinstaller again, then run iscc.
  #else
    #pragma warning "Tesseract OCR is not in dist\FairMinutes: this installer's app cannot read scanned or photographed minutes (see README, Installers)."
  #endif
#endif
[Setup]
AppName=FairMinutes
AppVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\FairMinutes
DefaultGroupName=FairMinutes
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=FairMinutes-setup
[Files]
; everything PyInstaller made, Tesseract OCR (program, libraries, English model, licence) included
Source: "..\..\dist\FairMinutes\*"; DestDir: "{app}"; Flags: recursesubdirs
[Icons]
Name: "{group}\FairMinutes"; Filename: "{app}\fairminutes-app.exe"
Name: "{userdesktop}\FairMinutes"; Filename: "{app}\fairminutes-app.exe"
