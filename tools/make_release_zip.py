#!/usr/bin/env python3
"""Packs a plugin folder built in a real nopCommerce tree into Misc.MerchantOps.zip.

Usage: python3 tools/make_release_zip.py <.../Nop.Web/Plugins/Misc.MerchantOps> [output.zip]

It builds nothing: it checks the built folder against what a store expects and zips it under one root folder.
"""
import pathlib
import sys
import zipfile

ROOT = "Misc.MerchantOps"
REPO = pathlib.Path(__file__).resolve().parent.parent
# The plugin's own NuGet dependencies (the host has everything else); each feature adds its packages here.
OWN_DEPENDENCIES = ["CsvHelper.dll"]


def expected_files():
    files = {"Nop.Plugin.Misc.MerchantOps.dll", "Nop.Plugin.Misc.MerchantOps.deps.json", "plugin.json", "logo.png"}
    files.update(OWN_DEPENDENCIES)
    for folder, pattern in (("Views", "**/*.cshtml"), ("Localization", "*.xml"), ("Content", "**/*")):
        base = REPO / folder
        if base.is_dir():
            files.update(f"{folder}/{p.relative_to(base).as_posix()}" for p in base.glob(pattern) if p.is_file())
    return files


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder = pathlib.Path(sys.argv[1]).resolve()
    output = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else f"{ROOT}.zip").resolve()
    if not (folder / "plugin.json").is_file():
        sys.exit(f"{folder} has no plugin.json: build the plugin first.")

    actual = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    expected = expected_files()
    missing, extra = sorted(expected - actual), sorted(actual - expected)
    if missing or extra:
        sys.exit("The plugin folder does not match the expected list.\n"
                 f"Missing: {missing or 'none'}\nUnexpected: {extra or 'none'}")

    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(actual):
            archive.write(folder / name, f"{ROOT}/{name}")
    print(f"{output}: {len(actual)} files under {ROOT}/")


if __name__ == "__main__":
    main()
