"""Docstring before the future import."""
from __future__ import annotations
import xml.etree.ElementTree as ET
import a.b.c as d


def f(x: ET.Element) -> d.T:
    import os.path as p
    return p
