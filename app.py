"""预算公开问答助手 — the public chat, and staff pages behind a password.

Run with `streamlit run app.py`. The index is built on first start when it is missing (the README's
first command builds it before). Query parameters: `?view=compact` shows the chat alone (for portals),
`?embed=true` is Streamlit's own iframe mode; both combine.
"""

from __future__ import annotations

import hmac
import logging
import uuid

import streamlit as st

from assistant.answer import Assistant
from assistant.answer_view import show_answer
from assistant.ingest import ingest
from assistant.model import Answer, ParsedDocument
from assistant.ratelimit import RateLimiter
from assistant.settings import Settings
from assistant.staff_pages import audit_page, data_page, library_page, upload_page

log = logging.getLogger("assistant.app")
EXAMPLES = (
    "喀什市政府办出国花了多少钱？",
    "杭州市气象局2026年收入预算是多少？",
    "苏州审计局人员经费占基本支出的比例",
    "喀什市人民政府办公室工资福利支出里哪一项最多",
)
CHAT, LIBRARY, UPLOAD, DATA, AUDIT = "💬 问答", "📚 文件库", "⬆️ 上传文件", "📊 数据浏览", "🔍 核对"

compact = st.query_params.get("view") == "compact"
st.set_page_config(
    page_title="预算公开问答助手",
    page_icon="📊",
    layout="centered" if compact else "wide",
    initial_sidebar_state="collapsed" if compact else "auto",
)
settings = Settings.from_env()


@st.cache_resource(show_spinner=False)
def load_engine(index_dir: str) -> Assistant:
    """The assistant, loaded once per process; the index is built first when there is none."""
    if not settings.store_path.exists():
        with st.spinner("首次启动：正在解析公开文件并建立索引（需要几分钟）…"):
            ingest([settings.corpus_dir], settings, say=lambda m: log.info("%s", m))
    return Assistant(settings)


@st.cache_resource
def rate_limiter(per_minute: int) -> RateLimiter:
    return RateLimiter(per_minute, 60.0)


def reload_engine() -> None:
    load_engine.clear()


def visitor() -> str:
    """Who is asking, for the rate limit: the browser session. (Addresses are not used: behind a
    portal's reverse proxy every visitor would share one.)"""
    return st.session_state.setdefault("visitor", uuid.uuid4().hex)


def ask(engine: Assistant, question: str, doc: str | None) -> Answer | str:
    """An answer, or a short message saying why the question was not answered."""
    question = question.strip()
    if not question:
        return "请输入问题。"
    if len(question) > settings.max_question_chars:
        return f"问题太长了（最多 {settings.max_question_chars} 个字），请简短一些。"
    if not rate_limiter(settings.rate_limit_per_minute).allow(visitor()):
        return "提问太频繁了，请稍等一分钟再试。"
    try:
        context = st.session_state.get("previous_question")
        st.session_state["previous_question"] = question  # a follow-up ("那公务接待费呢？") continues it
        return engine.ask(question, doc=doc, context=context)
    except Exception:
        log.exception("ask failed: %r", question)
        return "抱歉，回答这个问题时出了点问题，请换个问法或稍后再试。"


def scope_options(engine: Assistant) -> dict[str, str | None]:
    options: dict[str, str | None] = {"全部文件": None}
    docs = sorted(engine.index.corpus.docs.values(), key=lambda d: (d.document.organisation, -(d.document.year or 0)))
    for d in docs:
        doc = d.document
        part = f" · {doc.file}" if sum(x.document.organisation == doc.organisation and x.document.year == doc.year
                                       for x in docs) > 1 else ""  # fmt: skip
        options[f"{doc.display_name} · {doc.year or ''}年{doc.kind}{part}"] = doc.id
    return options


def chat_page(engine: Assistant) -> None:
    options = scope_options(engine)
    scope = st.selectbox("查询范围", list(options), key="scope", help="只在选定的公开文件中查找")
    history: list[tuple[str, Answer | str]] = st.session_state.setdefault("history", [])
    examples = st.empty()  # shown until the first question
    question = None
    if not history:
        with examples.container():
            st.caption("试试这些问题：")
            columns = st.columns(2)
            for i, example in enumerate(EXAMPLES):
                if columns[i % 2].button(example, key=f"example-{i}", width="stretch"):
                    question = example
    question = (
        st.chat_input("请输入问题，例如：喀什市政府办出国花了多少钱？", max_chars=settings.max_question_chars)
        or question
    )
    if question:
        examples.empty()
        history.append((question, ask(engine, question, options.get(scope))))
    for asked, answer in history:
        with st.chat_message("user"):
            st.text(asked)
        with st.chat_message("assistant"):
            if isinstance(answer, str):
                st.warning(answer)
            else:
                show_answer(answer, engine)
    if history and st.button("清空对话", type="tertiary"):
        history.clear()
        st.rerun()


def staff_login() -> bool:
    """Staff pages exist only when a password is configured, and open only with it."""
    if st.session_state.get("staff"):
        return True
    with st.sidebar.expander("工作人员入口"):
        if not settings.staff_password:
            st.caption("工作人员功能未启用（需设置 DA_STAFF_PASSWORD）。")
            return False
        password = st.text_input("密码", type="password", key="password")
        if st.button("登录", key="login"):
            if hmac.compare_digest(password.encode(), settings.staff_password.encode()):
                st.session_state["staff"] = True
                st.rerun()
            st.error("密码不正确。")
    return False


def main() -> None:
    if not compact:
        st.title("预算公开问答助手")
        st.caption("根据部门预算、决算公开文件回答问题；每个数字都注明出处（表名、页码），计算的数字给出算式。")
    engine = load_engine(str(settings.index_dir))
    page = CHAT
    if not compact:
        pages = [CHAT, LIBRARY, UPLOAD, DATA, AUDIT] if staff_login() else [CHAT]
        if len(pages) > 1:
            page = st.sidebar.radio("页面", pages, key="page")
            if st.sidebar.button("退出登录"):
                st.session_state["staff"] = False
                st.rerun()
    if page == CHAT:
        chat_page(engine)
    elif page == LIBRARY:
        library_page(settings, reload_engine)
    elif page == UPLOAD:
        upload_page(settings, reload_engine)
    else:
        docs = {label: doc_id for label, doc_id in scope_options(engine).items() if doc_id}

        def load(doc_id: str) -> ParsedDocument:
            return engine.index.corpus.docs[doc_id]

        if page == DATA:
            data_page(settings, docs, load)
        else:
            audit_page(settings, docs, load, engine.findings.__getitem__)


try:
    main()
except Exception:  # a visitor sees a sentence, the log gets the traceback
    log.exception("app failed")
    st.error("抱歉，页面出了点问题。请刷新后重试；如果问题持续，请联系网站管理员。")
