output "endpoint" {
  description = "Address the website would be served from"
  value       = "http://${terraform_data.site.output.name}.example.internal/${terraform_data.site.output.index_document}"
}
