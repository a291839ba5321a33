(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-rer"]={"key":"rer","forms":{"reranking":[0]},"terms":[{"w":490,"p":"ldNkWTifhA"}]};
