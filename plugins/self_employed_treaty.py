"""Self-employed under the Dutch-American and Dutch-Japanese treaties (form 7024).

The profiles are data (self_employed_treaty.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
