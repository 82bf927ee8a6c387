"""Victim or witness-reporter of human trafficking (slachtoffer of
getuige-aangever van mensenhandel).

The profiles are data (human_trafficking.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
