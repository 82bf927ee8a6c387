"""Highly skilled migrant (kennismigrant) and EU Blue Card.

The profiles are data (kennismigrant.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
