import pytest

from casevault.intake.readers import read_file

pytestmark = pytest.mark.pure


def test_it_reads_the_text_of_a_pdf_with_cyrillic_and_wrapped_lines(tmp_path) -> None:
    weasyprint = pytest.importorskip("weasyprint")
    html = (
        "<html><head><title>Заявление</title></head><body style='width: 9cm'>"
        "<p>14 января 2019 года сотрудники полиции вывели Елену Семёнову из здания отдела "
        "полиции, где она сопровождала свою подзащитную.</p>"
        "<p>On 8 October 2018 her house was searched.</p></body></html>"
    )
    path = tmp_path / "statement.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    document = read_file(path)
    assert document.format == "pdf"
    assert "вывели Елену Семёнову из здания отдела полиции" in document.text
    assert "On 8 October 2018 her house was searched." in document.text
