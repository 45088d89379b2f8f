#!/usr/bin/env python3
"""Makes a scaled copy of a docs tree in the api.gouv.fr layout for benchmarks.

usage: scale-corpus.py SOURCE TARGET FACTOR

Copy 0 keeps the original names; copy k>0 suffixes every slug with -c<k> and
every API title with " c<k>", and rewrites the references and links of its
documents to point at the same copy, so each copy references itself exactly as
consistently as the original does (a dangling reference stays dangling, a
redirect stays a redirect). pages/ and public/ are copied once. Line-based on
purpose: it must not depend on a YAML library being installed.
"""
import os
import re
import shutil
import sys

COLLECTIONS = {"api": "_data/api", "guides": "_data/guides", "producteurs": "_data/producteurs", "service": "_data/service"}
ROUTE_PREFIXES = {"/les-api/": "api", "/documentation/": "api", "/guides/": "guides",
                  "/producteurs/": "producteurs", "/service/": "service"}
LINK = re.compile(r"(/les-api/|/documentation/|/guides/|/producteurs/|/service/)([A-Za-z0-9_.\-]+)")
KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*):(.*)$")
ITEM = re.compile(r"^(\s*-\s+)(.*?)(\r?)$")


def split_comment(value):
    """'API X # note' -> ('API X', ' # note'); a quoted value keeps its quotes outside the text."""
    match = re.search(r"\s+#", value)
    return (value[:match.start()], value[match.start():]) if match else (value, "")


def suffixed(value, suffix):
    text, comment = split_comment(value.rstrip("\r"))
    cr = "\r" if value.endswith("\r") else ""
    stripped = text.strip()
    if len(stripped) >= 2 and stripped[0] in "\"'" and stripped[-1] == stripped[0]:
        lead = text[:len(text) - len(text.lstrip())]
        return lead + stripped[:-1] + suffix + stripped[-1] + comment + cr
    if not stripped:
        return value
    return text.rstrip() + suffix + comment + cr


def rewrite(text, collection, k, slugs):
    if k == 0:
        return text
    slug_suffix, title_suffix = "-c%d" % k, " c%d" % k

    def link(match):
        target = ROUTE_PREFIXES[match.group(1)]
        slug = match.group(2)
        return match.group(1) + slug + slug_suffix if slug in slugs[target] else match.group(0)

    out, in_front, list_key, line_no = [], False, None, 0
    for line in text.split("\n"):
        line_no += 1
        if line.rstrip("\r") == "---":
            in_front = line_no == 1
            list_key = None
            out.append(line)
            continue
        if in_front:
            key = KEY.match(line)
            if key:
                name, value = key.group(1), key.group(2)
                list_key = name
                if collection == "api" and name == "title":
                    line = name + ":" + suffixed(value, title_suffix)
                elif collection == "api" and name == "producer" and value.strip() in slugs["producteurs"]:
                    line = name + ": " + value.strip() + slug_suffix
            else:
                item = ITEM.match(line)
                if item and not line.startswith(" " * 4):
                    value = item.group(2)
                    bare = split_comment(value)[0].strip().strip("\"'")
                    if list_key == "api" and collection in ("guides", "service"):
                        line = item.group(1) + suffixed(value, title_suffix) + item.group(3)
                    elif list_key == "related_guides" and bare in slugs["guides"]:
                        line = item.group(1) + bare + slug_suffix + item.group(3)
                    elif list_key == "partners" and bare in slugs["producteurs"]:
                        line = item.group(1) + bare + slug_suffix + item.group(3)
        out.append(LINK.sub(link, line))
    return "\n".join(out)


def main():
    source, target, factor = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if os.path.exists(target):
        shutil.rmtree(target)
    for folder in ("pages", "public"):
        if os.path.isdir(os.path.join(source, folder)):
            shutil.copytree(os.path.join(source, folder), os.path.join(target, folder))
    slugs = {name: {f[:-3] for f in os.listdir(os.path.join(source, path)) if f.endswith(".md")}
             for name, path in COLLECTIONS.items()}
    for name, path in COLLECTIONS.items():
        os.makedirs(os.path.join(target, path), exist_ok=True)
        for file in sorted(os.listdir(os.path.join(source, path))):
            if not file.endswith(".md"):
                continue
            with open(os.path.join(source, path, file), "rb") as handle:
                text = handle.read().decode("utf-8")
            for k in range(factor):
                name_k = file if k == 0 else file[:-3] + "-c%d.md" % k
                with open(os.path.join(target, path, name_k), "wb") as handle:
                    handle.write(rewrite(text, name, k, slugs).encode("utf-8"))


if __name__ == "__main__":
    main()
