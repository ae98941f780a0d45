import pytest

from casevault.intake.readers import read_file

pytestmark = pytest.mark.pure


def test_it_reads_docx_paragraphs_and_tables_with_the_heading_as_title(tmp_path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Open appeal to the prosecutor", level=1)
    document.add_paragraph("On 3 May 2022 the committee was refused entry to the facility.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Date"
    table.cell(0, 1).text = "3 May 2022"
    path = tmp_path / "appeal.docx"
    document.save(str(path))
    result = read_file(path)
    assert result.format == "docx"
    assert result.title == "Open appeal to the prosecutor"
    assert "refused entry to the facility" in result.text
    assert "Date | 3 May 2022" in result.text


def test_it_reads_html_without_scripts_and_keeps_blocks_apart(tmp_path) -> None:
    path = tmp_path / "news.html"
    path.write_text(
        "<html><head><title>Site | News</title><script>var x = 1;</script></head>"
        "<body><h1>Activist detained</h1><p>Police detained him&nbsp;on Monday.</p>"
        "<p>He was fined.</p></body></html>",
        encoding="utf-8",
    )
    result = read_file(path)
    assert result.title == "Activist detained"
    assert "var x" not in result.text
    assert "Police detained him on Monday.\n" in result.text
    assert result.text.endswith("He was fined.")
