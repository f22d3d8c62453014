"""Run the linimasa pipeline on Apache Spark (PySpark); see docs/spark.md."""
