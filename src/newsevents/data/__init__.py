"""Versioned data files (ontology, actor dictionaries, gazetteer additions, verb patterns).

Read them only through :mod:`newsevents.loader`.
"""
