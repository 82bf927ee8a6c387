"""Paper sizes, rule selection, the plugin manager's rules, settings, discovery."""

import jsonschema
import pluggy
import pytest

from docchk import facts, paper, settings
from docchk.discover import discover, sniff
from docchk.hookspec import hookimpl
from docchk.plugins import DocchkPluginManager, plugin_manager, rules, select_rules


@pytest.mark.parametrize(
    "w,h,name",
    [
        (210, 297, "A4"),
        (297, 210, "A4"),
        (211.9, 295.1, "A4"),
        (215.9, 279.4, "US Letter"),
        (215.9, 355.6, "US Legal"),
        (148, 210, "A5"),
        (85.6, 53.98, "ID-1 card"),
        (212.5, 297, None),
        (100, 100, None),
        (None, None, None),
    ],
)
def test_size_names(w, h, name):
    assert paper.size_name(w, h) == name
    assert paper.is_required_size(w, h) == (name == "A4")


def test_every_data_file_validates_against_its_schema():
    from importlib import resources

    names = [p.name[:-5] for p in resources.files("docchk.data").iterdir() if p.name.endswith(".json")]
    assert {"paper_sizes", "page_thresholds", "identifiers"} <= set(names)
    found = facts.schema("facts.schema.json")
    jsonschema.validators.validator_for(found).check_schema(found)
    for name in names:
        facts.load.cache_clear()
        assert facts.load(name)


def test_select_and_ignore_by_id_and_prefix():
    ids = ["page.blank", "page.size-not-a4", "document.unreadable"]
    assert select_rules(ids, [], []) == set(ids)
    assert select_rules(ids, ["page."], []) == {"page.blank", "page.size-not-a4"}
    assert select_rules(ids, ["page"], ["page.blank"]) == {"page.size-not-a4"}
    with pytest.raises(ValueError, match="unknown rule 'page.blnk'"):
        select_rules(ids, ["page.blnk"], [])


def test_builtin_rules_are_declared_once_each():
    declared = rules(plugin_manager())
    assert {
        "page.size-not-a4",
        "page.blank",
        "page.missing-identifier",
        "page.illegible",
        "document.unreadable",
    } <= set(declared)


def test_hook_without_prefix_is_refused():
    class Plugin:
        @hookimpl
        def check_page(self, page, document, config):
            return []

    with pytest.raises(pluggy.PluginValidationError, match="must start with 'docchk_'"):
        DocchkPluginManager().register(Plugin())


def test_misspelt_hook_fails_loudly():
    class Plugin:
        def docchk_chek_page(self, page, document, config):  # typo
            return []

    pm = DocchkPluginManager()
    pm.register(Plugin())
    with pytest.raises(pluggy.PluginValidationError):
        pm.check_pending()


def test_unmarked_docchk_function_is_a_hook():
    class Plugin:
        def docchk_check_submission(self, submission, config):
            return ["seen"]

    pm = DocchkPluginManager()
    pm.register(Plugin())
    assert pm.hook.docchk_check_submission(submission=None, config=None) == [["seen"]]


def test_settings_file_is_read_and_validated(tmp_path):
    (tmp_path / "docchk.toml").write_text(
        '[applicant]\nv_number = "2719283746"\nbirth_date = 1994-03-17\n[submission]\npermit = "kennismigrant"\n'
    )
    data = settings.load(tmp_path)
    assert data["applicant"] == {"v_number": "2719283746", "birth_date": "1994-03-17"}
    (tmp_path / "docchk.toml").write_text('[applicant]\nv_nummer = "2719283746"\n')
    with pytest.raises(settings.SettingsError, match="field applicant.*v_nummer"):
        settings.load(tmp_path)
    (tmp_path / "docchk.toml").write_text("[applicant\n")
    with pytest.raises(settings.SettingsError, match="not valid TOML"):
        settings.load(tmp_path)


def test_sniffing_uses_content_not_extension(tmp_path):
    (tmp_path / "photo.pdf").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 100)
    (tmp_path / "letter.docx").write_bytes(b"PK\x03\x04" + b"\0" * 26 + b"word/document.xml")
    (tmp_path / "real.jpg").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert sniff(tmp_path / "photo.pdf").kind == "image"
    assert sniff(tmp_path / "letter.docx").detail == "Word document (.docx)"
    assert sniff(tmp_path / "real.jpg").kind == "pdf"
    assert sniff(tmp_path / "empty.pdf").detail.startswith("empty file")


def test_discovery_is_recursive_and_skips_links_out_of_the_folder(tmp_path):
    outside = tmp_path / "outside.pdf"
    outside.write_bytes(b"%PDF-1.4\n")
    root = tmp_path / "submission"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.pdf").write_bytes(b"%PDF-1.4\n")
    (root / "docchk.toml").write_text("")
    (root / ".hidden.pdf").write_bytes(b"%PDF-1.4\n")
    (root / "link.pdf").symlink_to(outside)
    found = {f.relpath: f for f in discover([root])}
    assert set(found) == {"sub/a.pdf", "link.pdf"}
    assert found["link.pdf"].kind == "unsupported"
    assert "outside the folder" in found["link.pdf"].detail
