variable "site_name" {
  description = "Name of the website"
  type        = string
}

variable "index_document" {
  description = "Page served at the root of the website"
  type        = string
  default     = "index.html"
}
