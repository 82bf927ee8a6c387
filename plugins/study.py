"""Study in higher education (studie hbo of universiteit), filed by the institution.

The profile is data (study.json, validated by
schemas/permit.schema.json); this module only hands it to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
