"""Communication: messages to customers and the staff knowledge base."""
from __future__ import annotations

from ispdesk.db.models import CustomerMessage, KnowledgeBaseArticle, KnowledgeBaseCategory
from ispdesk.domain.enums import ArticleStatus, MessageChannel, MessageStatus, MessageType
from ispdesk.services.modules.columns import (active, by_user, choice, code, created, integer, json, long_text,
                                              moment, name, ref, stamp, status, text, updated)
from ispdesk.services.specs import TableSpec

customer_messages = TableSpec(
    key="customer_messages", title="Customer messages", model=CustomerMessage, label_column="subject",
    default_sort=("id", True),
    columns=(
        ref("customer_id", "Customer", "customers", searchable=True),
        choice("type", "Type", MessageType, required=True),
        choice("channel", "Channel", MessageChannel, required=True),
        text("subject", "Subject", searchable=True),
        long_text("message", "Message", required=True),
        status(MessageStatus, editable=False),
        moment("scheduled_at", "Scheduled", filterable=True),
        stamp("sent_at", "Sent"),
        by_user("sent_by", "Sent by"),
        integer("recipients_count", "Recipients", editable=False),
        integer("delivered_count", "Delivered", editable=False, in_list=False),
        integer("read_count", "Read", editable=False, in_list=False),
        created(),
        updated(),
    ),
)

knowledge_base = TableSpec(
    key="knowledge_base", title="Knowledge base", model=KnowledgeBaseArticle, label_column="title",
    default_sort=("title", False),
    columns=(
        name("title", "Title", width=260),
        code("slug", "Slug", required=True, in_list=False),
        ref("category_id", "Category", "knowledge_base_categories", filterable=True),
        long_text("content", "Content", required=True, searchable=True),
        json("tags", "Tags"),
        status(ArticleStatus),
        by_user("author_id", "Author", in_list=True),
        stamp("published_at", "Published"),
        integer("view_count", "Views", editable=False),
        created(in_list=False),
        updated(),
    ),
)

knowledge_base_categories = TableSpec(
    key="knowledge_base_categories", title="Knowledge base categories", model=KnowledgeBaseCategory,
    default_sort=("sort_order", False), archive_column="is_active",
    columns=(
        name(),
        code("slug", "Slug", required=True),
        ref("parent_id", "Parent", "knowledge_base_categories"),
        integer("sort_order", "Order"),
        long_text("description", "Description"),
        active(),
        created(in_list=False),
        updated(),
    ),
)

TABLES = (customer_messages, knowledge_base, knowledge_base_categories)
