"""The app's screens, one per module; each is imported only when it is first opened."""

from __future__ import annotations
