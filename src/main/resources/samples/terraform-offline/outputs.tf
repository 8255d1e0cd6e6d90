output "server_name" {
  description = "Name of the application server"
  value       = terraform_data.app_server.output.name
}

output "website_endpoint" {
  description = "Address of the website"
  value       = module.website.endpoint
}
