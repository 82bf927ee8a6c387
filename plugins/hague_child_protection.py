"""Placement under the Hague Child Protection Convention (form 7055).

The profiles are data (hague_child_protection.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
