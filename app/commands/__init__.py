"""Sub-commands of ``muragat``; each module registers its parsers and handlers."""
