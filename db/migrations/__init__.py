"""Alembic migrations of the store; db.engine applies them when a store is opened."""
