# Built only from Terraform's built-in terraform_data resource and a local module, so init, plan
# and apply need no provider download and no network.
terraform {
  required_version = ">= 1.4.0"
}

locals {
  server_name = "${var.environment}-app-server"
}

resource "terraform_data" "app_server" {
  input = {
    name          = local.server_name
    instance_type = var.instance_type
    image         = var.image
  }
}

module "website" {
  source = "./modules/website"

  site_name      = "${var.environment}-website"
  index_document = "index.html"
}
