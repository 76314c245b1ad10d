#!/usr/bin/env python3
"""Generates benchmark inputs: a large JSON Lines export and a folder of small payload files.

Deterministic (fixed seed), realistic (names, e-mails, skills, metadata), with a small share of
defects so the rules do real work. Usage: generate.py OUT_DIR [--payloads N] [--files N]
"""
import argparse
import json
import os
import random

FIRST = ["Ada", "Grace", "Alan", "Zoë", "José", "Li", "Amara", "Noor", "Ivan", "Sofía", "Kwame", "Yuki"]
LAST = ["Lovelace", "Hopper", "Turing", "O'Brien", "Núñez", "Wang", "Okafor", "Haddad", "Petrov", "Sato"]
DOMAINS = ["lovelace.dev", "acme-corp.io", "gmail.com", "outlook.com", "example-hr.net", "gmial.com"]
SKILLS = ["nodejs", "aws", "mongodb", "Node.js", "python", "k8s", "go", "react", "AWS", "sql"]
INTERVIEWERS = ["304c0cfb-324f-4b2c-ac89-c93725c00399", "9b2f6c1e-7d4a-4c1b-9a3e-2f5d8c7b6a10"]


def candidate(rng, payload, index):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    email = f"{first.lower()}.{last.lower().replace(chr(39), '')}{payload}.{index}@{rng.choice(DOMAINS)}"
    if rng.random() < 0.01:
        email = email.replace("@", "@@")
    entry = {"name": f"{first} {last}", "email": email,
             "additionalFields": {"score": rng.randint(1, 5), "remote": rng.random() < 0.5},
             "metadata": {"atsId": f"A-{payload}-{index}", "sendEmailAfter": rng.choice([1, 24, 48, 96, 120])}}
    return entry


def payload(rng, number):
    return {"interviewerId": rng.choice(INTERVIEWERS), "status": rng.choice(["draft", "shortlisted"]),
            "skills": rng.sample(SKILLS, 3),
            "data": [candidate(rng, number, index) for index in range(rng.randint(1, 9))]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--payloads", type=int, default=200_000)
    parser.add_argument("--files", type=int, default=2_000)
    arguments = parser.parse_args()
    rng = random.Random(20261129)
    os.makedirs(os.path.join(arguments.out, "files"), exist_ok=True)
    with open(os.path.join(arguments.out, "export.jsonl"), "w", encoding="utf-8") as export:
        for number in range(arguments.payloads):
            export.write(json.dumps(payload(rng, number), ensure_ascii=False) + "\n")
    for number in range(arguments.files):
        with open(os.path.join(arguments.out, "files", f"payload-{number:05}.json"), "w", encoding="utf-8") as file:
            json.dump(payload(rng, number), file, ensure_ascii=False, indent=2)
    with open(os.path.join(arguments.out, "one.json"), "w", encoding="utf-8") as file:
        json.dump(payload(rng, 0), file, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
