#!/usr/bin/env python3
"""Compare ingestlint's e-mail scanner (SPEC §5, IL300) with Python's email-validator.

Generates a large, fixed-seed set of addresses (mutations of valid ones: insertions, deletions
and substitutions of interesting characters, Unicode, lengths at and around the limits,
wrappings), asks email-validator about each, asks our scanner through the Swift test
`EmailComparisonTests` (env INGESTLINT_EMAIL_COMPARE), and prints every disagreement, sorted into
classes. Each class says whether it is a policy difference (SPEC §5 decides otherwise than
email-validator, on purpose) or a bug in our scanner. The method and the numbers are written
up in docs/email-policy.md.

    pip install email-validator
    python3 Tests/IngestLintTests/Email/compare_with_email_validator.py [--count 30000] [--seed 20241129]

email-validator is called exactly as documented there:
    validate_email(addr, check_deliverability=False, allow_smtputf8=True,
                   allow_quoted_local=False, allow_domain_literal=False)
"""

import argparse
import collections
import json
import os
import random
import subprocess
import sys
import tempfile
import unicodedata

try:
    import email_validator
    import idna
except ImportError:  # pragma: no cover
    sys.exit("email-validator is not installed: pip install email-validator")

PACKAGE = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))

# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------

BASES = [
    "ada@lovelace.dev", "ada.lovelace@lovelace.dev", "ada+jobs@gmail.com", "o'brien@lovelace.co.uk",
    "user+mailbox/department=shipping@example.com", "!def!xyz%abc@lovelace.io", "_somename@lovelace.io",
    "a@b.co", "first.middle.last@mail.eu.lovelace.dev", "x{y}|z~@a-b.c-d.io", "1234@123.io",
    "josé@lovelace.dev", "用户@例子.广告", "пользователь@пример.рф", "χρήστης@παράδειγμα.ελ",
    "ada@bücher.de", "ada@xn--bcher-kva.de", "ada@münchen.de", "ユーザー@ドメイン名例.jp", "사용자@실례.한국",
    "उपयोगकर्ता@उदाहरण.भारत", "ada@straße.de", "ñandú@lovelace.es", "ada@xn--e1afmkfd.xn--p1ai",
    "😀@lovelace.dev", "dörte.müller@bücher.de", "ada@mail.example.com", "ada@printer.local", "ada@acme.test",
]

# Characters that stress one rule or another: ASCII specials and forbidden characters, controls,
# Unicode white space and invisible characters, look-alike dots and at-signs, letters, marks,
# numbers, punctuation and symbols from several scripts, RTL characters.
INTERESTING = (
    list(".@\"(),:;<>[\\] \t-_+!#$%&'*/=?^`{|}~")
    + ["..", "@@", "\x00", "\x01", "\x1f", "\x7f", "\x85", "\u00a0", "\u2003", "\u3000", "\u2028",
       "\u200b", "\u200c", "\u200d", "\u202e", "\ufeff", "\u00ad", "\ue000",
       "\u3002", "\uff0e", "\uff61", "\uff20", "\ufe6b",
       "é", "ü", "ß", "ẞ", "İ", "ı", "ǅ", "Ⅻ", "½", "²", "٣", "١", "ـ", "·", "¿", "«", "€", "☃", "😀", "𝒜",
       "\u0301", "\u0308", "\u0334", "\u20dd",
       "я", "Я", "α", "Ω", "ς", "中", "例", "ア", "한", "ก", "क", "ה", "ب", "ﬁ", "ｘ", "Ａ",
       "xn--", "-", "--", "0", "9"]
)


def random_label(rng):
    kind = rng.random()
    if kind < 0.6:
        alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
    letters = "éüößñяждαλ例子中ア한הبक"
    return "".join(rng.choice(letters) for _ in range(rng.randint(1, 8)))


def lengthen(rng, address):
    """Push the local part, one label, the domain or the whole address to and past a limit."""
    local, _, domain = address.rpartition("@")
    if not local:
        return address
    target = rng.choice(["local", "label", "domain", "address"])
    if target == "local":
        filler = rng.choice(["a", "é", "用", "😀", "a.b"])
        size = rng.choice([62, 63, 64, 65, 66, 70])
        while len(local.encode()) < size:
            local += filler
        return local + "@" + domain
    if target == "label":
        filler = rng.choice(["a", "ü", "例", "я"])
        label = ""
        size = rng.choice([55, 57, 60, 62, 63, 64, 65])
        while len(label.encode()) < size:
            label += filler
        return local + "@" + label + "." + domain
    labels = domain.split(".")
    size = rng.choice([180, 189, 190, 200, 240, 252, 253, 254, 255])
    while len((local + "@" + ".".join(labels)).encode() if target == "address" else ".".join(labels).encode()) < size:
        labels.insert(0, random_label(rng) if rng.random() < 0.3 else "a" * rng.randint(20, 63))
    return local + "@" + ".".join(labels)


def mutate(rng, address):
    operation = rng.random()
    if operation < 0.45:
        # One to three insertions, deletions or substitutions of interesting characters.
        for _ in range(rng.randint(1, 3)):
            if not address:
                address = rng.choice(INTERESTING)
                continue
            position = rng.randint(0, len(address))
            kind = rng.random()
            if kind < 0.45:
                address = address[:position] + rng.choice(INTERESTING) + address[position:]
            elif kind < 0.7 and position < len(address):
                address = address[:position] + address[position + 1:]
            elif position < len(address):
                address = address[:position] + rng.choice(INTERESTING) + address[position + 1:]
        return address
    if operation < 0.6:
        return lengthen(rng, address)
    if operation < 0.68:
        wrappers = ["<{}>", " {} ", "mailto:{}", "Ada <{}>", '"Ada" <{}>', "\t{}\n", "MAILTO:{}", "<mailto:{}>", "{}."]
        return rng.choice(wrappers).format(address)
    if operation < 0.76:
        # Replace the top-level domain or a label.
        local, _, domain = address.rpartition("@")
        labels = domain.split(".")
        replacement = rng.choice(["123", "1a", "a1", "co1", "c", "xn--p1ai", "xn--zz", "xn--ls8h", "xn--bucher-xyd",
                                  "-x", "x-", "ab--cd", "a_b", "", "local", "localhost", "test", "onion", "arpa",
                                  "invalid", "例子", "١٢٣", "٣x", "\u0301a", "x\u200dy"])
        labels[rng.randrange(len(labels))] = replacement
        return local + "@" + ".".join(labels)
    if operation < 0.82:
        # Convert a Unicode label to its A-label, or change case, or decompose.
        choice = rng.random()
        if choice < 0.4:
            local, _, domain = address.rpartition("@")
            labels = []
            for label in domain.split("."):
                try:
                    labels.append(idna.encode(label).decode() if not label.isascii() else label)
                except idna.IDNAError:
                    labels.append(label)
            return local + "@" + ".".join(labels)
        if choice < 0.7:
            return "".join(c.upper() if rng.random() < 0.5 else c for c in address)
        return unicodedata.normalize("NFD", address)
    if operation < 0.9:
        # Move, duplicate or remove the '@'.
        local, _, domain = address.rpartition("@")
        kind = rng.random()
        if kind < 0.3:
            return local + domain
        if kind < 0.6:
            whole = local + domain
            position = rng.randint(0, len(whole))
            return whole[:position] + "@" + whole[position:]
        return local + "@" + domain + "@" + random_label(rng) + ".com"
    # Two mutations at once.
    return mutate(rng, mutate(rng, address))


def generate(count, seed):
    rng = random.Random(seed)
    addresses = []
    seen = set()
    pool = list(BASES)
    while len(addresses) < count:
        base = rng.choice(pool)
        address = mutate(rng, base) if rng.random() < 0.93 else base
        # No lone surrogates (not representable in UTF-8 / JSON for Swift).
        address = "".join(c for c in address if not 0xD800 <= ord(c) <= 0xDFFF)
        if address in seen:
            continue
        seen.add(address)
        addresses.append(address)
        # Valid-looking results feed further mutations, so mutations compound.
        if rng.random() < 0.05 and "@" in address:
            pool.append(address)
            if len(pool) > 400:
                pool.pop(len(BASES))
    return addresses


# ---------------------------------------------------------------------------------------------
# The two verdicts
# ---------------------------------------------------------------------------------------------

def email_validator_verdict(address):
    try:
        email_validator.validate_email(
            address, check_deliverability=False, allow_smtputf8=True,
            allow_quoted_local=False, allow_domain_literal=False)
        return True, None
    except email_validator.EmailNotValidError as error:
        return False, str(error)
    except Exception as error:  # a crash is a verdict too, and worth seeing
        return False, "CRASH %s: %s" % (type(error).__name__, error)


def our_verdicts(addresses, workdir, verdict_file=None, skip_build=False):
    path = os.path.join(workdir, "addresses.jsonl")
    with open(path, "w", encoding="ascii") as handle:
        for address in addresses:
            handle.write(json.dumps(address, ensure_ascii=True) + "\n")
    output = path + ".ingestlint.jsonl"
    if verdict_file:
        output = verdict_file
    else:
        environment = dict(os.environ, INGESTLINT_EMAIL_COMPARE=path)
        command = ["swift", "test", "--scratch-path", ".build-email", "--filter", "EmailComparisonTests"]
        if skip_build:
            command.insert(2, "--skip-build")
        result = subprocess.run(command, cwd=PACKAGE, env=environment, capture_output=True, text=True)
        if result.returncode != 0 or not os.path.exists(output):
            sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
            sys.exit("the Swift side failed: %s" % " ".join(command))
    verdicts = []
    with open(output, encoding="utf-8") as handle:
        for line in handle:
            verdicts.append(json.loads(line))
    if len(verdicts) != len(addresses):
        sys.exit("expected %d verdicts, got %d" % (len(addresses), len(verdicts)))
    for address, verdict in zip(addresses, verdicts):
        if verdict["address"] != address:
            sys.exit("verdicts out of order at %r" % address)
    return verdicts


# ---------------------------------------------------------------------------------------------
# Classification of disagreements
# ---------------------------------------------------------------------------------------------

SPECIAL_USE = ("arpa", "invalid", "local", "localhost", "onion", "test")


def split(address):
    local, _, domain = address.rpartition("@")
    return local, domain


def ascii_domain(domain):
    labels = []
    for label in domain.split("."):
        if label.isascii():
            labels.append(label)
        else:
            try:
                labels.append("xn--" + unicodedata.normalize("NFC", label).lower().encode("punycode").decode())
            except Exception:
                return None
    return ".".join(labels)


def decoded_labels(domain):
    """The decodings of the domain's ASCII xn-- labels (None where it does not decode)."""
    result = []
    for label in domain.split("."):
        if label.lower().startswith("xn--") and label.isascii():
            try:
                result.append(label[4:].encode("ascii").decode("punycode"))
            except Exception:
                result.append(None)
    return result


def top_level_unicode(domain):
    top = domain.rsplit(".", 1)[-1]
    if top.lower().startswith("xn--") and top.isascii():
        try:
            return top[4:].encode("ascii").decode("punycode")
        except Exception:
            return "x"
    return top


def ascii_lower(text):
    return "".join(c.lower() if c.isascii() else c for c in text)


def idna_ok(label):
    try:
        idna.encode(unicodedata.normalize("NFC", label.lower()), uts46=False)
        return True
    except Exception:
        return False


# (name, kind, description, predicate(address, ours, theirs_message)) — first match wins.
# kind: "policy" (SPEC §5 decides otherwise on purpose), "bug" (our scanner breaks SPEC §5),
# "spec-gap" (SPEC is silent or ambiguous; we document the choice).
def classes():
    def they_accept(address, ours, message):
        return message is None

    def we_accept(address, ours, message):
        return ours["valid"]

    return [
        ("local-part-over-64", "policy",
         "local part longer than 64 octets: SPEC §5 caps it at 64 (RFC 5321 §4.5.3.1.1); email-validator only checks it in strict mode",
         lambda a, o, m: they_accept(a, o, m) and not o["valid"] and o["reason"].startswith("local part is ")),
        ("special-use-domain", "policy",
         "special-use domain (.local, .localhost, .test, .invalid, .arpa, .onion): valid syntax for SPEC §5 (IL305 warns instead); email-validator refuses them",
         lambda a, o, m: we_accept(a, o, m) and m is not None and "special-use or reserved name" in m),
        ("tld-not-ending-in-letter", "policy",
         "top-level label that mixes letters and digits or ends with a digit (x.co1): SPEC §5 only forbids an all-digit one; email-validator wants a final letter",
         lambda a, o, m: we_accept(a, o, m) and m is not None and "not within a valid top-level domain" in m
         and not all(c.isdigit() for c in split(a)[1].rsplit(".", 1)[-1])),
        ("hyphens-3-4", "spec-gap",
         "label with '--' in positions 3-4 that is not xn-- (ab--cd): reserved by IDNA2008 (R-LDH), SPEC §5 is silent, we accept",
         lambda a, o, m: we_accept(a, o, m) and m is not None and "two letters followed by two dashes" in m),
        ("uts46-mapping", "policy",
         "characters that UTS #46 maps before validating (full-width or ideographic dots and letters, soft hyphen, compatibility characters): email-validator maps and accepts, SPEC §5 takes the address as written",
         lambda a, o, m: they_accept(a, o, m) and not o["valid"] and uts46_maps(split(a)[1])),
        ("address-over-254-in-ascii-form", "spec-gap",
         "address within 254 octets as written (UTF-8) but longer once the domain is in ASCII (Punycode) form: email-validator checks both, SPEC §5 does not say which form; we check the written form",
         lambda a, o, m: we_accept(a, o, m) and m is not None and "when the part after the @-sign is converted to IDNA ASCII" in m),
        ("non-canonical-a-label", "bug",
         "xn-- label whose decoding is not a canonical U-label (not NFC, or with upper-case letters), so it does not round-trip: SPEC §5 wants labels normalised to NFC; email-validator rejects, we accept",
         lambda a, o, m: we_accept(a, o, m) and any(
             unicodedata.normalize("NFC", d.lower()) != ascii_lower(d) for d in decoded_labels(split(a)[1])
             if d is not None and not d.isascii())),
        ("xn-prefix-with-unicode", "bug",
         "label that starts with xn-- but also holds non-ASCII characters (xn--bücher): neither an A-label nor a U-label; our Punycode check is skipped because the label is re-encoded first",
         lambda a, o, m: we_accept(a, o, m) and any(
             l.lower().startswith("xn--") and not l.isascii() for l in split(a)[1].split("."))),
        ("unicode-digit-tld", "bug",
         "top-level label of non-ASCII digits only (x.١٢٣): SPEC §5 forbids an all-digit top-level label; our check only knows ASCII digits",
         lambda a, o, m: we_accept(a, o, m) and bool(split(a)[1].rsplit(".", 1)[-1])
         and all(unicodedata.category(c) == "Nd" for c in top_level_unicode(split(a)[1]))),
        ("leading-combining-mark", "spec-gap",
         "local part or label that starts with a combining mark: SPEC §5 allows any mark, email-validator (UTS #39) and IDNA2008 refuse a leading one",
         lambda a, o, m: we_accept(a, o, m) and starts_with_mark(a)),
        ("idna2008-rules", "spec-gap",
         "internationalised domain made only of letters, marks and numbers but not valid IDNA2008: Bidi rule (RTL labels, labels starting with a digit in a domain with RTL labels, Arabic-Indic digits mixed with Latin), CONTEXTJ/CONTEXTO and DISALLOWED code points (Ⅻ, ½, ², ǅ, ﬁ, U+0640). SPEC §5 checks character categories, not the IDNA2008 tables",
         lambda a, o, m: we_accept(a, o, m) and m is not None
         and ("IDNA" in m or "The part after the @-sign is invalid (" in m or "directionality" in m)),
    ]


def uts46_maps(domain):
    try:
        mapped = idna.uts46_remap(domain, std3_rules=False, transitional=False)
    except Exception:
        return False
    return mapped != domain.lower() and mapped != unicodedata.normalize("NFC", domain.lower())


def starts_with_mark(address):
    local, domain = split(address)
    parts = [local] + domain.split(".")
    return any(part and unicodedata.category(part[0]).startswith("M") for part in parts)


def classify(address, ours, message, table):
    for name, kind, description, predicate in table:
        try:
            if predicate(address, ours, message):
                return name
        except Exception:
            continue
    return "unclassified"


def show(text):
    out = []
    for c in text:
        if unicodedata.category(c)[0] in "CZ" and c != " ":
            out.append("\\u{%X}" % ord(c))
        else:
            out.append(c)
    text = "".join(out)
    return text if len(text) <= 100 else text[:70] + "…(%d octets)" % len(text.encode())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=30000)
    parser.add_argument("--seed", type=int, default=20241129)
    parser.add_argument("--examples", type=int, default=3, help="examples printed per class")
    parser.add_argument("--workdir", help="where to write the addresses (default: a temporary folder)")
    parser.add_argument("--verdicts", help="use this verdict file instead of running swift test")
    parser.add_argument("--all", action="store_true", help="print every disagreement, not only examples")
    parser.add_argument("--skip-build", action="store_true", help="run the already built tests (swift test --skip-build)")
    arguments = parser.parse_args()

    addresses = generate(arguments.count, arguments.seed)
    workdir = arguments.workdir or tempfile.mkdtemp(prefix="ingestlint-email-compare-")
    os.makedirs(workdir, exist_ok=True)
    ours = our_verdicts(addresses, workdir, arguments.verdicts, arguments.skip_build)
    theirs = [email_validator_verdict(address) for address in addresses]

    table = classes()
    kinds = {name: (kind, description) for name, kind, description, _ in table}
    kinds["unclassified"] = ("?", "not yet classified: look at each one")
    both_valid = sum(1 for o, (t, _) in zip(ours, theirs) if o["valid"] and t)
    both_invalid = sum(1 for o, (t, _) in zip(ours, theirs) if not o["valid"] and not t)
    crashes = [a for a, (_, m) in zip(addresses, theirs) if m and m.startswith("CRASH")]
    disagreements = collections.defaultdict(list)
    for address, verdict, (valid, message) in zip(addresses, ours, theirs):
        if verdict["valid"] == valid:
            continue
        disagreements[classify(address, verdict, message, table)].append((address, verdict, message))

    total = sum(len(items) for items in disagreements.values())
    print("email-validator %s, idna %s, seed %d" % (email_validator.__version__, idna.__version__, arguments.seed))
    print("addresses: %d  (ingestlint valid: %d, email-validator valid: %d)" % (
        len(addresses), sum(1 for o in ours if o["valid"]), sum(1 for t, _ in theirs if t)))
    print("agree: %d (both valid %d, both invalid %d); disagree: %d; email-validator crashes: %d" % (
        both_valid + both_invalid, both_valid, both_invalid, total, len(crashes)))
    print()
    for name in sorted(disagreements, key=lambda n: (-len(disagreements[n]), n)):
        items = disagreements[name]
        kind, description = kinds[name]
        we = sum(1 for _, o, _ in items if o["valid"])
        print("[%s] %s: %d (we accept %d, email-validator accepts %d)" % (kind, name, len(items), we, len(items) - we))
        print("    " + description)
        shown = items if arguments.all or name == "unclassified" else items[:arguments.examples]
        for address, verdict, message in shown:
            ours_text = "valid" if verdict["valid"] else verdict["reason"]
            print("    %s\n        ingestlint: %s\n        email-validator: %s" % (show(address), ours_text, message or "valid"))
        print()
    for address in crashes[:10]:
        print("email-validator crashed on %s" % show(address))
    return 0


if __name__ == "__main__":
    sys.exit(main())
