"""The Streamlit app through `streamlit.testing.v1.AppTest`: chat, examples, scope, staff pages, upload.

Each test runs the real app script over a real index (the seed and four pages of a real PDF).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant.ingest import ingest, remove
from assistant.library import UploadRejected, safe_name, save_upload
from assistant.settings import Settings
from tests.conftest import EMBEDDING_CACHE, FIXTURES, ROOT, SEED

SMALL_REAL = FIXTURES / "bad" / "small-real.pdf"  # 杭州市气象局 2026, 表1–表4
PASSWORD = "correct horse"


@pytest.fixture(scope="module")
def built_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    index = tmp_path_factory.mktemp("app-index")
    ingest(
        [SEED, SMALL_REAL], Settings(index_dir=index, workers=1, embedding_cache=EMBEDDING_CACHE), say=lambda _: None
    )
    return index


@pytest.fixture
def app_env(built_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the index (staff tests change it) and the app's settings."""
    index = tmp_path / "index"
    shutil.copytree(built_index, index)
    monkeypatch.setenv("DA_INDEX_DIR", str(index))
    monkeypatch.setenv("DA_STAFF_PASSWORD", PASSWORD)
    monkeypatch.delenv("DA_RATE_LIMIT_PER_MINUTE", raising=False)
    return index


def _app() -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not app.exception
    return app


def _ask(app: AppTest, question: str) -> AppTest:
    app.chat_input[0].set_value(question).run()
    assert not app.exception
    return app


def _login(app: AppTest, password: str = PASSWORD) -> AppTest:
    app.text_input(key="password").set_value(password)
    app.button(key="login").click().run()
    return app


def test_question_gets_its_figure_and_source(app_env: Path) -> None:
    app = _ask(_app(), "杭州市气象局收入总计是多少")
    assert app.metric[0].value == "5876.67 万元"
    assert any("2026年市级部门收支预算总表 · 第 1 页" in m.value.replace("\\", "") for m in app.markdown)
    assert any("收入总计" in t.value for t in app.text)


def test_example_button_asks_its_question(app_env: Path) -> None:
    app = _app()
    app.button(key="example-0").click().run()
    assert app.metric[0].value == "50 万元"  # 喀什市政府办出国花了多少钱？


def test_scope_selector_narrows_the_answer(app_env: Path) -> None:
    app = _ask(_app(), "行政运行是多少")  # two documents print different figures
    assert "多份文件" in app.warning[0].value and not app.metric
    scope = app.selectbox(key="scope")
    scope.select(next(o for o in scope.options if o.startswith("杭州市气象局"))).run()
    app = _ask(app, "行政运行是多少")
    assert app.metric[0].value == "2617.19 万元"


def test_a_follow_up_continues_the_previous_question(app_env: Path) -> None:
    app = _ask(_app(), "杭州市气象局收入总计是多少")
    app = _ask(app, "那支出总计呢？")  # names no organisation: the previous question's
    assert app.metric[-1].value == "5876.67 万元"
    assert any("上一问" in t.value for t in app.text)


def test_a_named_organisation_overrides_the_scope_selector(app_env: Path) -> None:
    app = _app()
    scope = app.selectbox(key="scope")
    scope.select(next(o for o in scope.options if o.startswith("杭州市气象局"))).run()
    app = _ask(app, "喀什市政府办出国花了多少钱")
    assert app.metric[-1].value == "50 万元"
    assert any("所选的查询范围" in t.value for t in app.text)


def test_abstention_shows_the_closest_passages(app_env: Path) -> None:
    app = _ask(_app(), "喀什市人民政府办公室飞机有多少架")
    assert "没有找到" in app.info[0].value and not app.metric
    assert app.expander and app.expander[0].label == "最接近的段落"


def test_staff_pages_need_the_password(app_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = _app()
    assert not app.sidebar.radio  # the public sees the chat only
    app = _login(app, "wrong")
    assert "密码不正确" in app.error[0].value and not app.sidebar.radio
    app = _login(app)
    assert app.sidebar.radio(key="page").options == ["💬 问答", "📚 文件库", "⬆️ 上传文件", "📊 数据浏览", "🔍 核对"]
    monkeypatch.delenv("DA_STAFF_PASSWORD")
    off = _app()
    assert not off.text_input and any("未启用" in c.value for c in off.sidebar.caption)


def test_upload_of_a_real_pdf_makes_its_figures_answerable(app_env: Path) -> None:
    remove([SMALL_REAL.name], Settings(index_dir=app_env, embedding_cache=EMBEDDING_CACHE), say=lambda _: None)
    assert _ask(_app(), "杭州市气象局收入总计是多少").info  # not in the index any more
    app = _login(_app())
    app.sidebar.radio(key="page").set_value("⬆️ 上传文件").run()
    uploader = app.get("file_uploader")[0]
    not_a_pdf = ("notes.pdf", b"<html>not a pdf</html>", "application/pdf")
    uploader.set_value([not_a_pdf, ("杭州 气象局.pdf", SMALL_REAL.read_bytes(), "application/pdf")])  # type: ignore[attr-defined]
    app.run()
    app.button[0].click().run()
    assert not app.exception
    assert any("不是 PDF" in e.value for e in app.error)
    assert any("已收录" in s.value for s in app.success)
    assert (app_env / "uploads" / "杭州_气象局.pdf").is_file()
    app.sidebar.radio(key="page").set_value("💬 问答").run()
    app = _ask(app, "杭州市气象局收入总计是多少")
    assert app.metric[0].value == "5876.67 万元"


def test_data_browser_offers_csv_and_excel(app_env: Path) -> None:
    app = _login(_app())
    app.sidebar.radio(key="page").set_value("📊 数据浏览").run()
    assert not app.exception
    assert app.dataframe  # the first table of the first document
    labels = [b.proto.label for b in app.get("download_button")]
    assert labels == ["下载全部数据（CSV）", "下载全部数据（Excel）"]


def test_rate_limit_per_visitor(app_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DA_RATE_LIMIT_PER_MINUTE", "2")
    app = _app()
    for _ in range(3):
        app = _ask(app, "喀什市政府办出国花了多少钱")
    assert "太频繁" in app.warning[-1].value
    assert len(app.metric) == 2


def test_compact_view_is_the_chat_alone(app_env: Path) -> None:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    app.query_params["view"] = "compact"
    app.run()
    assert not app.exception and not app.title and not app.sidebar.expander
    assert _ask(app, "喀什市政府办出国花了多少钱").metric[0].value == "50 万元"


def test_missing_index_is_built_on_first_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus)
    monkeypatch.setenv("DA_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("DA_CORPUS_DIR", str(corpus))
    app = _ask(_app(), "喀什市政府办出国花了多少钱")
    assert app.metric[0].value == "50 万元"


def test_library_deletes_a_document(app_env: Path) -> None:
    app = _login(_app())
    app.sidebar.radio(key="page").set_value("📚 文件库").run()
    assert len(app.dataframe[0].value) == 2
    choice = app.selectbox[0]
    choice.select(next(o for o in choice.options if "small-real.pdf" in o))
    app.checkbox[0].check()
    app.button[0].click().run()  # the form's submit button
    assert not app.exception and "已删除：small-real.pdf" in app.success[0].value
    app.sidebar.radio(key="page").set_value("💬 问答").run()
    assert _ask(app, "杭州市气象局收入总计是多少").info  # its figures are gone with it


@pytest.mark.parametrize(
    ("name", "saved"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("杭州 气象局（2026）.PDF", "杭州_气象局（2026）.pdf"),
        (".hidden", "hidden.pdf"),
        ("a;rm -rf b.pdf", "a_rm_-rf_b.pdf"),
    ],
)
def test_uploads_get_safe_names(name: str, saved: str) -> None:
    assert safe_name(name) == saved


def test_uploads_are_checked_before_anything_is_written(tmp_path: Path) -> None:
    settings = Settings(index_dir=tmp_path, max_file_mb=0.001)
    with pytest.raises(UploadRejected, match="不是 PDF"):
        save_upload("x.pdf", b"GIF89a", settings)
    with pytest.raises(UploadRejected, match="超过"):
        save_upload("x.pdf", b"%PDF-1.7" + b"0" * 2000, settings)
    assert not settings.uploads_path.exists() or not any(settings.uploads_path.iterdir())
    first = save_upload("x.pdf", b"%PDF-1.7 one", Settings(index_dir=tmp_path))
    second = save_upload("x.pdf", b"%PDF-1.7 two", Settings(index_dir=tmp_path))  # same name, other file
    assert (first.name, second.name) == ("x.pdf", "x-2.pdf") and first.read_bytes() == b"%PDF-1.7 one"


def test_audit_page_lists_findings(app_env: Path) -> None:
    app = _login(_app())
    app.sidebar.radio(key="page").set_value("🔍 核对").run()
    assert not app.exception
    findings = app.dataframe[0].value
    assert "零基数增长率" in set(findings["规则"])  # the seed's 增长 100% from nothing
    assert [b.proto.label for b in app.get("download_button")] == ["下载核对结果（CSV）"]
