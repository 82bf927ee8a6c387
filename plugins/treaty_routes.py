"""Treaty routes of 003 and 002 Bijlage 10: Dutch-German and Benelux treaties, key personnel under the Dutch-American and Dutch-Japanese treaties.

The profiles are data (treaty_routes.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
