from django.db import migrations

from casevault.search import fulltext_schema


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_entries")]

    operations = [migrations.RunPython(fulltext_schema.create, fulltext_schema.drop)]
