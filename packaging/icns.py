#!/usr/bin/env python3
"""Writes a macOS .icns file from PNG files: packaging/icns.py OUT.icns SIZE=FILE.png ...

An .icns file is the 8-byte header ('icns', total length) followed by one chunk per image: a 4-byte type, the
chunk's length (8 + data) and the data, here a PNG. The types below hold PNGs at these pixel sizes (macOS 10.7+).
"""
import struct
import sys

# pixel size -> the chunk types shown at that size (the second of a pair is the @2x retina image of half the size)
TYPES = {32: [b"ic11"], 64: [b"ic12"], 128: [b"ic07"], 256: [b"ic13", b"ic08"], 512: [b"ic14", b"ic09"],
         1024: [b"ic10"]}


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def main(out, pairs):
    chunks = []
    for pair in pairs:
        size, path = pair.split("=", 1)
        size = int(size)
        with open(path, "rb") as f:
            data = f.read()
        if png_size(data) != (size, size):
            raise SystemExit(f"{path} is {png_size(data)}, not {size}x{size}")
        for kind in TYPES[size]:
            chunks.append(kind + struct.pack(">I", 8 + len(data)) + data)
    body = b"".join(chunks)
    with open(out, "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2:])
