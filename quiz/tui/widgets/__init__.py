"""Widgets of the study app: one answer widget per card type, the grade bar, the feedback panel."""

from __future__ import annotations
