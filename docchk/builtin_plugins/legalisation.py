"""Apostilles and legalisation of foreign civil documents (document.not-legalised).

IND rule 6 (shared/seeds/002 §4): official foreign documents about persons
-- birth, marriage, unmarried, divorce and death certificates, court
decisions -- must carry an apostille (Hague Convention of 5 October 1961) or
be legalised (the issuing country's foreign ministry, then the Dutch embassy
or consulate), unless the applicant explains in writing why that cannot be
done. Exempt: documents issued in the Netherlands, public documents of EU
member states (Regulation (EU) 2016/1191) and CIEC multilingual extracts.

What counts as evidence (wording in ``docchk/data/document_marks.json``):

* an apostille (judged by :mod:`docchk.marks`): its title ("Apostille")
  with at least four of its field labels in any Convention language (the
  Convention's name counts as one), two of them printed with their number
  and the number (8) or date (6) field filled in -- a letter saying an
  apostille is needed names the title, the Convention and labels too, but
  no filled-in fields; or, when OCR garbled the title, six numbered fields
  in the Convention's order with the number and the date filled in. On any
  page read whole -- on the document itself or on an attached page; a page
  framed like a certificate is read whole wherever it is in a scan;
* an e-Apostille: an apostille in a digitally signed PDF; its signature
  must still cover the whole file, unchanged (:mod:`docchk.signatures`:
  whether the signer is trusted is not judged, that needs the network);
* legalisation: the Dutch embassy's or consulate's name together with
  legalisation wording;
* exemption: a CIEC multilingual extract's title, a Dutch registrar's
  wording in a Dutch document, or an EU member state named in the title.

An apostille stamped over text is often read poorly; so when no mark is
found but the issuing country is unknown, the finding is a "could not
confirm" warning; it is an error when the document names a country outside
the EU.

With ``--permit``, a document the permit wants legalised (``legalised: true``
on its requirement) that is not a civil document -- a diploma -- is checked
the same way; a civil document is judged once, as above.
"""

from __future__ import annotations

from docchk import facts, i18n, permits
from docchk import marks as document_marks
from docchk.builtin_plugins.document_type import title_area
from docchk.hookspec import hookimpl
from docchk.i18n import _
from docchk.model import Finding, Level, Rule, Severity
from docchk.text import find, normalise

RULE = "document.not-legalised"


def marks() -> dict:
    return facts.load("document_marks")


def _any(phrases, text: str) -> bool:
    return any(find(p, text) >= 0 for p in phrases)


# The evidence of an apostille or a legalisation is judged in the core
# module docchk.marks (language identification asks it too, per page).
has_apostille = document_marks.has_apostille
is_legalised = document_marks.is_legalised


def eu_country(head: str) -> str | None:
    """An EU member state named in the title lines (ISO 3166 alpha-2), if any."""
    for code, names in marks()["eu_countries"].items():
        if _any(names, head):
            return code
    return None


def exemption(document) -> str | None:
    """Why this document needs no legalisation, or None."""
    text = normalise(document.edge_text)
    exempt = marks()["exempt"]
    if _any(exempt["multilingual_extract"], text):
        return "a CIEC multilingual extract"
    if document.language == "nl" and _any(exempt["dutch_issuer"], text):
        return "issued in the Netherlands"
    head = normalise(title_area(document))
    country = eu_country(head)
    if country:
        return f"a public document of an EU member state ({country})"
    if _any(exempt["eu_registry"], head):
        return "issued by a civil registry of an EU member state"
    return None


@hookimpl
def docchk_register_rules(register):
    register(
        Rule(
            RULE,
            Level.DOCUMENT,
            "foreign civil document (with --permit: any document it wants legalised) without legalisation or apostille",
        )
    )


@hookimpl
def docchk_read_document(document, config):
    text = normalise(document.marks_text)
    if has_apostille(document.marks_text):  # as read: its line breaks are evidence too
        # An apostille in a digitally signed PDF is an e-Apostille.
        document.legalisation = "e-apostille" if document.signatures else "apostille"
    elif is_legalised(text):
        document.legalisation = "legalised"


@hookimpl
def docchk_understand_submission(submission, config):
    civil = set(marks()["civil_types"])
    for doc in submission.documents:
        if doc.pages and doc.legalisation is None and doc.type in civil:
            doc.legalisation = "not-needed" if exemption(doc) else "none"


def _broken_signature(doc) -> bool:
    return doc.legalisation == "e-apostille" and not all(s.intact and s.covers_whole_file for s in doc.signatures)


def explained(submission) -> bool:
    """Does the folder hold the applicant's letter on why a document cannot be legalised?"""
    return any(d.type == "legalisation-explanation" for d in submission.documents)


@hookimpl
def docchk_check_submission(submission, config):
    findings = []
    is_explained = explained(submission)
    for doc in submission.documents:
        if _broken_signature(doc):
            findings.append(
                Finding(
                    RULE,
                    Severity.ERROR,
                    doc.relpath,
                    None,
                    _(
                        "This e-Apostille's digital signature does not cover the file as it is: "
                        "it was changed after signing."
                    ),
                    _("Submit the e-Apostille exactly as the issuing authority sent it (download it again)."),
                )
            )
            continue
        if doc.legalisation != "none" or is_explained:
            continue
        kind = doc.type
        named_abroad = names_a_country(doc)
        severity = Severity.ERROR if named_abroad else Severity.WARNING
        message = (
            _("This document ({kind}) was issued abroad and carries no apostille and no legalisation.")
            if named_abroad
            else _(
                "Could not confirm an apostille or legalisation on this document ({kind}): none was read on its pages."
            )
        )
        findings.append(Finding(RULE, severity, doc.relpath, None, message.format(kind=kind), fix_hint()))
    return findings + ([] if is_explained else _wanted_by_permit(submission, config))


def _wanted_by_permit(submission, config) -> list[Finding]:
    """With ``--permit``: documents the permit wants legalised
    (``legalised: true``) that are not civil documents (a diploma: civil
    ones are judged above) and carry no apostille, no legalisation and no
    exemption. As above, an error only when the document names a country
    as its issuer, else a "could not confirm" warning."""
    profile = permits.chosen(config)
    if profile is None:
        return []
    name = i18n.pick(profile["names"])
    wanted = {
        t for t, v in permits.limits(profile, config.applicant, config.submission_date).items() if v.get("legalised")
    }
    if not wanted:
        return []
    out = []
    for doc in submission.documents:
        # legalisation None: no mark was read and it is not a civil document
        # ("none" is judged above; other values are a mark or an exemption).
        if doc.type not in wanted or not doc.pages or doc.error or doc.legalisation is not None:
            continue
        if exemption(doc):
            continue
        abroad = names_a_country(doc)
        message = (
            _(
                "This document ({kind}) was issued abroad and carries no apostille and no legalisation, "
                "which {permit} requires of it."
            )
            if abroad
            else _(
                "Could not confirm an apostille or legalisation on this document ({kind}), which {permit} "
                "requires of it when issued abroad: none was read on its pages."
            )
        )
        out.append(
            Finding(
                RULE,
                Severity.ERROR if abroad else Severity.WARNING,
                doc.relpath,
                None,
                message.format(kind=doc.type, permit=name),
                fix_hint(),
            )
        )
    return out


def fix_hint() -> str:
    """How to fix a missing apostille or legalisation."""
    return _(
        "Have it apostilled (or legalised by the foreign ministry and the Dutch embassy) "
        "and copy the stamp with the document; if that is impossible, add a letter "
        "explaining why (a file whose title says so, or state its type "
        "legalisation-explanation in docchk.toml)."
    )


def names_a_country(doc) -> bool:
    """Does the document say where it was issued ("Republic of ...", "Kingdom of ...")?"""
    return _any(marks()["issuer_wording"], normalise(title_area(doc)))
