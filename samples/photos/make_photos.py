#!/usr/bin/env python3
"""Draws the sample photos and logo: small flat illustrations, written as PNG by hand (no PIL).

Run from anywhere: python3 samples/photos/make_photos.py. Output is deterministic.
The pictures are illustrative stand-ins for the reports' photos (not the real photos).
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


class Image:
    def __init__(self, w, h, bg):
        self.w, self.h = w, h
        self.px = [[bg] * w for _ in range(h)]

    def rect(self, x0, y0, x1, y1, c):
        for y in range(max(0, y0), min(self.h, y1)):
            row = self.px[y]
            for x in range(max(0, x0), min(self.w, x1)):
                row[x] = c

    def circle(self, cx, cy, r, c):
        for y in range(max(0, cy - r), min(self.h, cy + r + 1)):
            for x in range(max(0, cx - r), min(self.w, cx + r + 1)):
                if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                    self.px[y][x] = c

    def polygon(self, pts, c):
        ys = [p[1] for p in pts]
        for y in range(max(0, int(min(ys))), min(self.h, int(max(ys)) + 1)):
            xs = []
            n = len(pts)
            for i in range(n):
                (xa, ya), (xb, yb) = pts[i], pts[(i + 1) % n]
                if (ya <= y < yb) or (yb <= y < ya):
                    xs.append(xa + (y - ya) * (xb - xa) / (yb - ya))
            xs.sort()
            for a, b in zip(xs[::2], xs[1::2]):
                for x in range(max(0, int(a)), min(self.w, int(b) + 1)):
                    self.px[y][x] = c

    def star(self, cx, cy, r, c):
        import math
        pts = []
        for i in range(10):
            rr = r if i % 2 == 0 else r * 0.4
            a = -math.pi / 2 + i * math.pi / 5
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.polygon(pts, c)

    def save(self, name):
        raw = bytearray()
        prev = bytes(self.w * 3)
        for row in self.px:
            line = bytes(v for p in row for v in p)
            raw.append(2)  # "Up" filter: flat pictures repeat rows, which compresses well
            raw.extend(bytes((a - b) & 0xFF for a, b in zip(line, prev)))
            prev = line

        def chunk(tag, data):
            return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

        ihdr = struct.pack(">IIBBBBB", self.w, self.h, 8, 2, 0, 0, 0)  # 8-bit RGB, not interlaced
        png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(png)


W, H = 400, 267
WALL = (238, 228, 205)
RED = (196, 30, 36)
YELLOW = (250, 210, 60)
WHITE = (250, 250, 248)
SKIN = (232, 190, 150)
HAIR = (40, 32, 28)
FLOOR = (150, 110, 80)
BLUE = (40, 70, 140)
CLOTH = (30, 90, 160)
SHIRTS = [(245, 245, 245), (70, 100, 170), (200, 200, 210), (60, 60, 70), (180, 60, 60), (90, 140, 90)]
AODAI = [(200, 40, 60), (240, 180, 60), (120, 60, 160), (40, 150, 170), (230, 120, 150)]


def backdrop(img, banner=RED):
    img.rect(0, 0, W, 70, banner)
    img.star(36, 35, 22, YELLOW)
    for i, width in enumerate((250, 190)):  # two lines of "lettering"
        img.rect(75, 18 + i * 22, 75 + width, 28 + i * 22, YELLOW)
    img.rect(0, 215, W, H, FLOOR)


def person(img, x, y, shirt, scale=1.0, hair=HAIR):
    r = int(11 * scale)
    img.rect(x - int(17 * scale), y + r, x + int(17 * scale), y + r + int(48 * scale), shirt)
    img.circle(x, y, r, SKIN)
    img.rect(x - r, y - r, x + r + 1, y - r + int(6 * scale), hair)


def signing(name, seats, cloth=CLOTH, banner=RED):
    img = Image(W, H, WALL)
    backdrop(img, banner)
    step = W // (seats + 1)
    for i in range(seats):
        person(img, step * (i + 1), 125, SHIRTS[i % len(SHIRTS)])
    img.rect(10, 165, W - 10, 230, cloth)
    img.rect(10, 165, W - 10, 172, WHITE)
    for i in range(seats):
        img.rect(step * (i + 1) - 14, 158, step * (i + 1) + 14, 168, WHITE)  # the agreement copies
    for x in (22, W - 40):
        img.circle(x + 9, 150, 12, (230, 80, 120))
        img.rect(x + 6, 160, x + 12, 172, (60, 130, 60))
    img.save(name)


def speaker(name, shirt, podium=(120, 40, 40)):
    img = Image(W, H, WALL)
    backdrop(img)
    img.rect(260, 80, 390, 210, (215, 205, 180))  # screen
    img.rect(270, 90, 380, 200, (90, 130, 180))
    person(img, 160, 105, shirt, scale=1.4)
    img.polygon([(110, 150), (210, 150), (200, 240), (120, 240)], podium)
    img.star(160, 185, 14, YELLOW)
    img.rect(150, 128, 154, 152, (50, 50, 50))  # microphone
    img.circle(152, 126, 4, (30, 30, 30))
    for x in (95, 225):
        img.circle(x, 205, 14, (240, 200, 60))
        img.rect(x - 3, 215, x + 3, 240, (60, 130, 60))
    img.save(name)


def group(name, people, colours):
    img = Image(W, H, WALL)
    backdrop(img)
    step = W // (people + 1)
    for i in range(people):
        person(img, step * (i + 1), 110, colours[i % len(colours)], scale=1.15)
        img.rect(step * (i + 1) - 10, 150, step * (i + 1) + 12, 166, WHITE)  # each holds the signed copy
    img.save(name)


def logo(name):
    size = 120
    img = Image(size, size, WHITE)
    img.circle(60, 60, 58, BLUE)
    img.circle(60, 60, 50, WHITE)
    img.circle(60, 60, 46, RED)
    img.star(60, 48, 20, YELLOW)
    img.rect(30, 76, 90, 84, YELLOW)  # a cogwheel-like band: work and unity
    for x in range(32, 90, 12):
        img.rect(x, 84, x + 6, 90, YELLOW)
    img.save(name)


if __name__ == "__main__":
    signing("2022-khanh-hoa-ky-ket.png", 6)
    speaker("2023-cdvc-nguyen-ngoc-luong.png", (60, 60, 70))
    speaker("2023-cdvc-phung-khanh-tai.png", (70, 100, 170), podium=(90, 50, 30))
    group("2023-cdvc-7-don-vi.png", 7, SHIRTS)
    signing("2020-soc-trang-ky-ket.png", 8, cloth=(20, 110, 90))
    group("2012-van-phong-nu-doan-vien.png", 6, AODAI)
    speaker("2022-kien-giang-truong-thanh-thuy.png", (245, 245, 245))
    signing("2022-kien-giang-cum-truong.png", 5, cloth=(150, 30, 40), banner=BLUE)
    group("2022-kien-giang-cum-3.png", 9, SHIRTS)
    logo("logo-cong-doan.png")
