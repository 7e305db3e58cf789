"""pyco's http package: http.client (HTTP/1.1 connections and responses) is imported on
first use."""
