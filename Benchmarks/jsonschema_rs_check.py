#!/usr/bin/env python3
"""The peer on the benchmark: jsonschema-rs validating every line of a JSON Lines export against
Benchmarks/payload.schema.json. Prints the number of errors. Usage: jsonschema_rs_check.py FILE"""
import json
import os
import sys

import jsonschema_rs

schema_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "payload.schema.json")
with open(schema_path, encoding="utf-8") as schema_file:
    validator = jsonschema_rs.validator_for(json.load(schema_file), validate_formats=True)
errors = 0
with open(sys.argv[1], "rb") as export:
    for line in export:
        if line.strip():
            errors += sum(1 for _ in validator.iter_errors(json.loads(line)))
print(errors)
