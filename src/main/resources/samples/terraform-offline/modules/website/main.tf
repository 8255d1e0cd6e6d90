resource "terraform_data" "site" {
  input = {
    name           = var.site_name
    index_document = var.index_document
  }
}
