"""Microphones by the names a parent recognises (issue #21: not "default (default)"), and the
one-second test that records and plays back what was heard."""

from app.recording.devices import describe_inputs, source_description

ALSA = [{"name": "ALSA"}]


def dev(name, hostapi=0, inputs=2):
    return {"name": name, "hostapi": hostapi, "max_input_channels": inputs, "default_samplerate": 44100.0}


def test_linux_routes_become_one_entry_named_after_the_sound_servers_microphone():
    devices = [dev("Acme USB Headset: Audio (hw:1,0)"), dev("HDA Intel PCH: ALC999 Analog (hw:0,0)"),
               dev("sysdefault"), dev("samplerate"), dev("speexrate"), dev("pulse"), dev("pipewire"),
               dev("upmix"), dev("vdownmix"), dev("dmix", inputs=0), dev("default")]
    mics = describe_inputs(devices, ALSA, default_in=10, server_microphone="Built-in Audio Analog Stereo")
    assert [m.label for m in mics] == ["Built-in Audio Analog Stereo (the computer's default)",
                                       "Acme USB Headset: Audio", "HDA Intel PCH: ALC999 Analog"]
    assert mics[0].index == 10 and mics[0].name == "default"  # what opens it, and what settings match
    assert not any("default (default)" in m.label for m in mics)


def test_linux_without_a_sound_server_says_the_computers_default():
    mics = describe_inputs([dev("pulse"), dev("default")], ALSA, default_in=1)
    assert [m.label for m in mics] == ["The computer's default microphone (the computer's default)"]


def test_windows_keeps_each_microphone_once_with_its_full_name():
    apis = [{"name": "MME"}, {"name": "Windows DirectSound"}, {"name": "Windows WASAPI"},
            {"name": "Windows WDM-KS"}]
    devices = [dev("Microsoft Sound Mapper - Input", 0), dev("Microphone Array (Intel® Smart ", 0),
               dev("Headset Microphone (Acme Wirele", 0), dev("Primary Sound Capture Driver", 1),
               dev("Microphone Array (Intel® Smart Sound Technology for Digital Microphones)", 1),
               dev("Microphone Array (Intel® Smart Sound Technology for Digital Microphones)", 2),
               dev("Headset Microphone (Acme Wireless Headset)", 2), dev("Microphone Array 1", 3)]
    mics = describe_inputs(devices, apis, default_in=1)
    assert [m.label for m in mics] == [
        "Microphone Array (Intel® Smart Sound Technology for Digital Microphones) (the computer's default)",
        "The computer's default microphone", "Headset Microphone (Acme Wireless Headset)"]
    assert all(m.index in (0, 1, 2) for m in mics)  # MME's entries: they open at any sample rate


def test_mac_names_are_kept():
    mics = describe_inputs([dev("MacBook Air Microphone"), dev("Acme USB Mic")], [{"name": "Core Audio"}], 0)
    assert [m.label for m in mics] == ["MacBook Air Microphone (the computer's default)", "Acme USB Mic"]


def test_pactl_listing_gives_the_default_sources_description():
    listing = ("Source #0\n\tState: SUSPENDED\n\tName: alsa_output.pci.monitor\n\tDescription: Monitor of Speakers\n"
               "Source #1\n\tState: RUNNING\n\tName: alsa_input.pci.analog-stereo\n"
               "\tDescription: Built-in Audio Analog Stereo\n\tDriver: module-alsa-card.c\n")
    assert source_description(listing, "alsa_input.pci.analog-stereo") == "Built-in Audio Analog Stereo"
    assert source_description(listing, "missing") is None


def test_the_real_device_list_names_the_virtual_microphone(virtual_mic):
    from app.recording.devices import list_input_devices

    mics = list_input_devices()
    assert mics and mics[0].is_default
    assert "Unix FIFO source" in mics[0].label and "default (default)" not in mics[0].label
    assert len({m.label for m in mics}) == len(mics)


def test_one_second_test_records_what_the_microphone_hears_and_plays_it_back(virtual_mic, clear_speech):
    from app.recording.mic_test import check_microphone
    from tests.virtual_mic import load_speech
    from tests.waiting import wait_for

    assert wait_for(lambda: not virtual_mic.busy(), 30)  # speech an earlier test queued has played out
    quiet = check_microphone(None, 1.0)
    assert not quiet.heard and "almost nothing" in quiet.sentence()
    virtual_mic.play(load_speech(clear_speech.path)[: 16000 * 3])
    loud = check_microphone(None, 1.0)
    assert loud.heard and loud.played and len(loud.samples) == 24000
    assert "hears you" in loud.sentence()
