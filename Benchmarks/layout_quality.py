#!/usr/bin/env python3
"""Layout quality, side by side: edge crossings of promoflow's layout and of Graphviz dot's on the
same random flows (about 60 environments each).

Both drawings are measured the same way: between every two neighbouring ranks (columns), each
edge that spans them is a segment from its height at the left rank to its height at the right
rank (its end box's port row, or where it passes the rank); two segments cross when their order
flips. Segments sharing an end do not count.

usage: layout_quality.py PROMOFLOW [COUNT] [SIZE]
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from generate_flow import flow


def crossings(ranks_x, edges):
    """edges: list of functions rank_index -> y (or None when the edge does not reach it)."""
    total = 0
    for k in range(len(ranks_x) - 1):
        segments = []
        for y_at in edges:
            a, b = y_at(k), y_at(k + 1)
            if a is not None and b is not None:
                segments.append((a, b))
        for i in range(len(segments)):
            for j in range(i + 1, len(segments)):
                (a1, b1), (a2, b2) = segments[i], segments[j]
                if (a1 - a2) * (b1 - b2) < 0:
                    total += 1
    return total


def interpolate(points, x):
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        if min(x1, x2) <= x <= max(x1, x2):
            if x1 == x2:
                return (y1 + y2) / 2
            return y1 + (y2 - y1) * (x - x1) / (x2 - x1)
    return None


def promoflow_crossings(promoflow, path):
    layout = json.loads(subprocess.run([promoflow, "render", "--format", "json", path], check=True,
                                       capture_output=True, text=True).stdout)
    nodes = {n["name"]: n for n in layout["nodes"]}
    ranks = sorted({n["rank"] for n in layout["nodes"]})
    centre = {r: min(n["x"] for n in layout["nodes"] if n["rank"] == r) for r in ranks}
    width = {r: max(n["width"] for n in layout["nodes"] if n["rank"] == r) for r in ranks}
    edges = []
    for edge in layout["edges"]:
        source, target = nodes[edge["from"]], nodes[edge["to"]]
        points = edge["points"]

        def y_at(k, source=source, target=target, points=points):
            rank = ranks[k]
            if rank == source["rank"]:
                return source["y"] + (source["height"] - 1) // 2
            if rank == target["rank"]:
                return target["y"] + (target["height"] - 1) // 2
            if source["rank"] < rank < target["rank"]:
                return interpolate(points, centre[rank] + width[rank] / 2)
            return None
        edges.append(y_at)
    return crossings(ranks, edges)


def dot_crossings(dot_source):
    plain = subprocess.run(["dot", "-Tplain"], input=dot_source, check=True, capture_output=True,
                           text=True).stdout
    nodes, edges = {}, []
    for line in plain.splitlines():
        parts = line.split()
        if parts[0] == "node":
            nodes[parts[1].strip('"')] = (float(parts[2]), float(parts[3]))
        elif parts[0] == "edge":
            count = int(parts[3])
            coordinates = [float(v) for v in parts[4:4 + 2 * count]]
            edges.append((parts[1].strip('"'), parts[2].strip('"'),
                          list(zip(coordinates[0::2], coordinates[1::2]))))
    ranks = sorted({round(x, 2) for x, _ in nodes.values()})
    functions = []
    for tail, head, points in edges:
        (tx, ty), (hx, hy) = nodes[tail], nodes[head]

        def y_at(k, tx=tx, ty=ty, hx=hx, hy=hy, points=points):
            x = ranks[k]
            if abs(x - tx) < 0.01:
                return -ty
            if abs(x - hx) < 0.01:
                return -hy
            if tx < x < hx:
                y = interpolate(points, x)
                return None if y is None else -y
            return None
        functions.append(y_at)
    return crossings(ranks, functions)


def main():
    promoflow = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    ours_total = dot_total = fewer_or_equal = 0
    with tempfile.TemporaryDirectory() as folder:
        for seed in range(count):
            path = str(Path(folder) / f"flow-{seed}.yaml")
            Path(path).write_text(flow(size, seed))
            dot_source = subprocess.run([promoflow, "render", "--format", "dot", path], check=True,
                                        capture_output=True, text=True).stdout
            ours, theirs = promoflow_crossings(promoflow, path), dot_crossings(dot_source)
            ours_total += ours
            dot_total += theirs
            fewer_or_equal += ours <= theirs
            print(f"seed {seed:3d}: promoflow {ours:4d}  dot {theirs:4d}")
    print(f"\n{count} random flows of {size} environments")
    print(f"total crossings: promoflow {ours_total}, dot {dot_total} "
          f"(ratio {ours_total / max(dot_total, 1):.2f})")
    print(f"promoflow has no more crossings than dot on {fewer_or_equal} of {count} flows")


if __name__ == "__main__":
    main()
