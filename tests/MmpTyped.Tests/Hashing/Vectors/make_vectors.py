#!/usr/bin/env python3
"""Regenerates lowercase-vectors.json: MmpHash.Name/Email test vectors computed by Python and JavaScript.

Run from this folder: python3 make_vectors.py (needs python3 and node on the PATH). Each input is hashed
the way a Python stack does (sha256(text.lower()), sha256(email.strip().lower())) and the way a JavaScript
stack does (toLowerCase(), trim().toLowerCase()); only inputs the two agree on become vectors, and the
number they disagree on is recorded. The white space each stack trims is recorded too. Deterministic:
the random inputs come from a fixed seed.
"""
import hashlib
import json
import random
import subprocess
import sys
import unicodedata

SEED = 17
FIXED_NAMES = [
    "İbrahim", "İPEK", "ΟΔΥΣΣΕΥΣ", "Σ", "ΑΣ", "ΑΣ.", "ΑΣ'Α", "ΑΣΑ", "Σ Σ", "ΣΑΣ ΣΑΣ", "ΑΣ\u0301", "ΑΣ\u0301Α",
    "Anne", "ANNE-MARIE", "Jürgen", "STRAẞE", "ǅemal", "Ǆ", "ΐ", "ﬀ", "Ǩ", "ΚΑΛΗΜΈΡΑ", "\u212Aelvin", "\u2126mega",
    "\u212Bngström", "IıİiI", "ДМИТРИЙ", "ԱՐԱՄ", "ᏣᎳᎩ", "𐐀𐐁", "Ⓐnne", "Ⅻ", " Anne ", "o'ΣΑΣ", "ΑΣ:",
]
FIXED_EMAILS = [
    "İPEK@EXAMPLE.COM", " Ipek@Example.com\t", "\u00a0JOHN@EXAMPLE.COM\u3000", "ΟΔΥΣΣΕΥΣ@EXAMPLE.GR",
    "\u2028a@b.c\u2029", "\u0085a@b.c", "\ufeffa@b.c", "\u001fa@b.c", "A@B.C\u000b\u000c\r\n",
]
ALPHABETS = [
    [chr(c) for c in range(0x41, 0x5B)] + [chr(c) for c in range(0x61, 0x7B)],
    [chr(c) for c in range(0xC0, 0x250) if unicodedata.category(chr(c)) in ("Lu", "Ll", "Lt")],
    [chr(c) for c in range(0x370, 0x400) if unicodedata.category(chr(c)) in ("Lu", "Ll", "Lt")],
    [chr(c) for c in range(0x400, 0x530) if unicodedata.category(chr(c)) in ("Lu", "Ll")],
    [chr(c) for c in range(0x531, 0x588) if unicodedata.category(chr(c)) in ("Lu", "Ll")],
    [chr(c) for c in range(0x1E00, 0x2000) if unicodedata.category(chr(c)) in ("Lu", "Ll", "Lt")],
    [chr(c) for c in range(0x10400, 0x10450)],
    ["\u0130", "\u03a3", "\u0131", "\u0301", "\u0307", "'", ".", " ", "-", "\u00b7", "\u2019", "1"],
]
SPACES = [" ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\u2028", "\u0085", "\ufeff", "\u001c", "\u180e", ""]


def word(rng):
    alphabet = rng.choice(ALPHABETS)
    return "".join(rng.choice(alphabet if rng.random() < 0.8 else ALPHABETS[-1]) for _ in range(rng.randint(1, 10)))


def inputs():
    rng = random.Random(SEED)
    names = FIXED_NAMES + [word(rng) for _ in range(400)]
    emails = FIXED_EMAILS + [rng.choice(SPACES) + word(rng) + "@" + word(rng) + ".COM" + rng.choice(SPACES) for _ in range(400)]
    return names, emails


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


NODE = r"""
const crypto = require('crypto');
const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const sha = t => crypto.createHash('sha256').update(t, 'utf8').digest('hex');
const trimmed = [];
for (let c = 0; c <= 0xFFFF; c++) {
  if (c >= 0xD800 && c <= 0xDFFF) continue;
  const s = String.fromCharCode(c);
  if (('a' + s).trim() === 'a') trimmed.push(c);
}
process.stdout.write(JSON.stringify({
  names: input.names.map(n => sha(n.toLowerCase())),
  emails: input.emails.map(e => sha(e.trim().toLowerCase())),
  trimmed,
}));
"""


def main():
    names, emails = inputs()
    node = json.loads(subprocess.run(["node", "-e", NODE], input=json.dumps({"names": names, "emails": emails}),
                                     capture_output=True, text=True, check=True).stdout)
    vectors, disagreements = [], 0
    for kind, items, ours, theirs in (("name", names, [sha(n.lower()) for n in names], node["names"]),
                                      ("email", emails, [sha(e.strip().lower()) for e in emails], node["emails"])):
        for text, python_hash, node_hash in zip(items, ours, theirs):
            if python_hash == node_hash:
                vectors.append({"kind": kind, "input": text, "sha256": python_hash})
            else:
                disagreements += 1
    python_trimmed = [c for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF and ("a" + chr(c)).strip() == "a"]
    both = sorted(set(python_trimmed) & set(node["trimmed"]))
    one = sorted(set(python_trimmed) ^ set(node["trimmed"]))
    result = {
        "generator": "make_vectors.py",
        "python": sys.version.split()[0] + " (Unicode " + unicodedata.unidata_version + ")",
        "node": subprocess.run(["node", "-p", "process.version + ' (Unicode ' + process.versions.unicode + ')'"],
                               capture_output=True, text=True, check=True).stdout.strip(),
        "disagreements": disagreements,
        "trimmedByBoth": both,
        "trimmedByOne": one,
        "vectors": vectors,
    }
    with open("lowercase-vectors.json", "w", encoding="utf-8") as out:
        json.dump(result, out, ensure_ascii=True, indent=1)
        out.write("\n")
    print(f"{len(vectors)} vectors, {disagreements} inputs the stacks disagree on, {len(both)} trimmed by both")


if __name__ == "__main__":
    main()
