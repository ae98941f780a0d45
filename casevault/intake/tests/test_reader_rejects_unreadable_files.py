import pytest

from casevault.intake.readers import ReadError, read_file

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("broken.pdf", b"%PDF-1.7\nthis is not really a pdf", "PDF"),
        ("broken.docx", b"PK\x03\x04garbage that is not a zip", "DOCX"),
        ("fake.pdf", b"hello", "PDF"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "unsupported"),
        ("empty.txt", b"  \n", "empty"),
    ],
)
def test_it_raises_a_one_line_read_error(tmp_path, name: str, content: bytes, says: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError) as error:
        read_file(path)
    message = str(error.value)
    assert says in message
    assert "\n" not in message


def test_a_missing_file_is_a_read_error(tmp_path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read_file(tmp_path / "nothing.txt")
