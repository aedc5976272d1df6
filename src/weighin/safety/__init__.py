"""Safety checks on what patients post: PHI detection (``weighin.safety.phi``)."""
