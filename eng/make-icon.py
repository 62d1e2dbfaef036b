#!/usr/bin/env python3
"""Draws the package icon, eng/icon.png (128x128 RGBA), with the standard library only.

Two people joined by a curved link on a rounded teal square: a small mentor and a larger mentee, the reverse-mentoring
pair. Anti-aliased by 4x4 supersampling. The output is byte-for-byte reproducible.
Usage: python3 eng/make-icon.py [output]   (default: eng/icon.png next to this script)
"""
import math
import os
import struct
import sys
import zlib

SIZE = 128
SS = 4  # supersampling per axis

BACKGROUND = (14, 116, 144)   # teal
LINK = (253, 224, 71)         # amber
MENTOR = (255, 255, 255)
MENTEE = (224, 242, 254)


def rounded_square(x, y, radius=22.0):
    # Inside a square of SIZE with rounded corners?
    cx = min(max(x, radius), SIZE - radius)
    cy = min(max(y, radius), SIZE - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def person(x, y, cx, cy, scale):
    head = (x - cx) ** 2 + (y - (cy - 14 * scale)) ** 2 <= (9 * scale) ** 2
    # shoulders: the upper half of an ellipse under the head
    dx, dy = (x - cx) / (17 * scale), (y - (cy + 16 * scale)) / (15 * scale)
    body = dx * dx + dy * dy <= 1 and y <= cy + 16 * scale
    return head or body


def on_link(x, y):
    # An arc from the mentor (left) to the mentee (right), over the top.
    cx, cy, r = 64.0, 76.0, 38.0
    d = math.hypot(x - cx, y - cy)
    return abs(d - r) <= 3.2 and y <= cy - 26


def color_at(x, y):
    if not rounded_square(x, y):
        return None
    if person(x, y, 32, 88, 0.85):
        return MENTOR
    if person(x, y, 94, 84, 1.15):
        return MENTEE
    if on_link(x, y):
        return LINK
    return BACKGROUND


def render():
    rows = []
    for py in range(SIZE):
        row = bytearray([0])  # filter type: none
        for px in range(SIZE):
            r = g = b = a = 0
            for sy in range(SS):
                for sx in range(SS):
                    c = color_at(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS)
                    if c is not None:
                        r, g, b, a = r + c[0], g + c[1], b + c[2], a + 1
            n = SS * SS
            row += bytes((r // a, g // a, b // a, 255 * a // n) if a else (0, 0, 0, 0))
        rows.append(bytes(row))
    return b"".join(rows)


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png(raw):
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png")
    with open(out, "wb") as f:
        f.write(png(render()))
    print(f"wrote {out} ({SIZE}x{SIZE})")
