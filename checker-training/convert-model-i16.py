#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns the checker's model files with f32 weights ("NCM2", "NCM3") into
the 16-bit ones it reads in place ("NCM4", "NCM5"), with exactly the
weights it used to compute from the f32 ones at load (quantize() of
train-checker-model.py: q = lrintf (w / scale), scale = max |w| / 32767).
Nothing is retrained; the header (bias, thresholds) is copied bit for bit.

  checker-training/convert-model-i16.py [FILE...]
    (default: resources/lexicon/vi-model.bin en-model.bin vi-spans.bin;
     each is rewritten in place; a file already "NCM4"/"NCM5" is left)
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('tcm', os.path.join(HERE, 'train-checker-model.py'))
tcm = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tcm)

NEW_MAGIC = {b'NCM2': b'NCM4', b'NCM3': b'NCM5'}


def main():
    lexdir = os.path.join(HERE, '..', 'resources', 'lexicon')
    paths = sys.argv[1:] or [os.path.join(lexdir, n) for n in ('vi-model.bin', 'en-model.bin', 'vi-spans.bin')]
    for path in paths:
        magic, bias, thresholds, w, q, scale = tcm.read_model(path)
        if q is not None:
            print(f'{path}: already {magic.decode()}')
            continue
        old_size = os.path.getsize(path)
        q, scale = tcm.quantize(w)
        tcm.write_quantized(path, NEW_MAGIC[magic], bias, thresholds, q, scale)
        # read back: the same header and weights
        magic2, bias2, thresholds2, _, q2, scale2 = tcm.read_model(path)
        assert (magic2, bias2, thresholds2, q2, scale2) == (NEW_MAGIC[magic], bias, thresholds, q, scale)
        print(f'{path}: {magic.decode()} -> {magic2.decode()}, {old_size} -> {os.path.getsize(path)} B, '
              f'scale {scale!r}')


if __name__ == '__main__':
    main()
