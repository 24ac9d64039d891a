#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when the sources under a folder include each other in a loop.

A module is a .c file with its .h and its -private.h, and the files of a
class cut over several files that the private header joins: "nc-store.h",
"nc-store-private.h", "nc-store.c" and "nc-store-lists.c" (which includes
nc-store-private.h) are all the module nc-store. Module A depends on module
B when a file of A has #include "B.h" (or "B-private.h").
Prints every loop (a strongly connected set of two or more modules) and
"include cycles: N"; exits 1 when N > 0.

Usage: check-include-cycles.py [FOLDER...]   (default: src/ next to build-aux/)
The folders are read as one tree.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)


def module_of(name):
    stem = os.path.splitext(os.path.basename(name))[0]
    return stem[:-len("-private")] if stem.endswith("-private") else stem


def read_graph(tops):
    includes = {}
    for folder, _, names in (walked for top in tops for walked in os.walk(top)):
        for name in names:
            if name.endswith((".c", ".h")):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    includes[name] = INCLUDE.findall(f.read())
    files = {}
    for name, targets in includes.items():
        module = module_of(name)
        for target in targets:
            if target.endswith("-private.h"):
                owner = module_of(target)
                if module.startswith(owner + "-"):
                    module = owner
        files.setdefault(module, []).append(name)
    graph = {module: set() for module in files}
    for module, names in files.items():
        for name in names:
            for target in includes[name]:
                other = module_of(target)
                if other != module and other in graph:
                    graph[module].add(other)
    return graph


def strongly_connected(graph):
    """Tarjan's algorithm, iterative; returns the sets of two or more."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def main():
    tops = sys.argv[1:] or [os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")]
    for top in tops:
        if not os.path.isdir(top):
            print("no such folder: " + top, file=sys.stderr)
            return 2
    loops = strongly_connected(read_graph(tops))
    for group in loops:
        print("include loop: " + " <-> ".join(group))
    print("include cycles: %d" % len(loops))
    return 1 if loops else 0


if __name__ == "__main__":
    sys.exit(main())
