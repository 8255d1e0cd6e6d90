variable "environment" {
  description = "Name of the environment, used as a prefix for every name"
  type        = string
  default     = "dev"
}

variable "instance_type" {
  description = "Size of the application server"
  type        = string
  default     = "t2.micro"
}

variable "image" {
  description = "Machine image of the application server"
  type        = string
  default     = "ubuntu-22.04"
}
