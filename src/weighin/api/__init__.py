"""JSON API (django-ninja); the API object is in api/v1.py."""
