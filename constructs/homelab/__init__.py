"""homelab: one typed model of a GitOps homelab, rendered to manifests, Terraform and host automation."""
