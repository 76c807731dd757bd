"""SQLAlchemy models, the engine/session factory and the migration runner."""
