(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-t"]={"key":"t","forms":{"t":[0]},"terms":[{"w":428,"p":"hGJiIhABhAjThAiMLhHhA"}]};
