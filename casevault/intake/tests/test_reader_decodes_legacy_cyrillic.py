import pytest

from casevault.intake.readers import decode_bytes, read_file

pytestmark = pytest.mark.pure

TEXT = "14 января 2019 года сотрудники полиции задержали правозащитницу в Павлодаре."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8_r", "cp866", "utf-16"])
def test_it_decodes_russian_in_every_common_encoding(encoding: str) -> None:
    assert decode_bytes(TEXT.encode(encoding)) == TEXT


def test_it_reads_a_koi8_r_text_file(tmp_path) -> None:
    path = tmp_path / "appeal.txt"
    path.write_bytes(("Обращение\r\n\r\n" + TEXT).encode("koi8_r"))
    document = read_file(path)
    assert document.text == "Обращение\n\n" + TEXT
    assert document.title == "Обращение"


def test_a_short_cp1251_text_with_capitals_is_not_taken_for_mac_cyrillic() -> None:
    text = "Заявление\n\n14 января 2019 года сотрудники полиции задержали Ивана Петрова."
    assert decode_bytes(text.encode("cp1251")) == text
